# Assigning to a conditional expression.
a, b = 0, 0
flag = True
a if flag else b = 5
print(a, b)
