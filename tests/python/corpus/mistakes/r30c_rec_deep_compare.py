# Comparing two very deeply nested lists.
a, b = [], []
for _ in range(5000):
    a, b = [a], [b]
print(a is b)
print(a == b)
