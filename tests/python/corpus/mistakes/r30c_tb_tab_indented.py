# A traceback for a tab-indented function.
def ratio(a, b):
	if b:
		return a / b
	return a / (b - b)

print(ratio(1, 2))
print(ratio(1, 0))
