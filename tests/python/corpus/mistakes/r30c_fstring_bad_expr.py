# An f-string where the expression is not valid Python.
values = [1, 2, 3]
print(f"sum is {sum(values) +}")
