# An f-string where the expression is not valid Python.
# (kept short on purpose: the mistake is the point)
#
values = [1, 2, 3]
print(f"sum is {sum(values) +}")
