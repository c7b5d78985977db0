# Mistake: a division by zero on a line that uses tabs between the operands (markers on a tab-indented line).
def average(values):
	total = sum(values)
	return total	/	len(values)


print(average([3, 4, 5]))
print(average([]))
