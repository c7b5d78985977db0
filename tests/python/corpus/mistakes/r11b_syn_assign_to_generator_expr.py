# Trying to assign to each item of a generator expression.
values = [1, 2, 3]
print(values)
(v for v in values) = 0
print(values)
