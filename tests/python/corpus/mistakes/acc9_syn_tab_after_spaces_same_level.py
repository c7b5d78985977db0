# Two lines of one block, one indented with spaces and one with a tab.
def total(values):
        s = 0
	for v in values:
		s += v
        return s

print(total([1, 2]))
