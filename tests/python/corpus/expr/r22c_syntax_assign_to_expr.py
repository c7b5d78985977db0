# trying to assign to an arithmetic expression
a = 1
b = 2
a + b = 3
print(a, b)
