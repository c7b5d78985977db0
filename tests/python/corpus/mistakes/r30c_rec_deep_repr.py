# Printing a very deeply nested list.
nested = []
for _ in range(5000):
    nested = [nested]
print(len(nested))
print(repr(nested)[:20])
