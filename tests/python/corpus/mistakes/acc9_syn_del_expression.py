# del of an arithmetic expression.
values = [1, 2, 3]
i = 0
del values[i] + 1
print(values)
