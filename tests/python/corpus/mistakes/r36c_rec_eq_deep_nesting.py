# comparing two deeply nested lists built in a loop
a = b = None
for _ in range(5000):
    a = [a]
    b = [b]
print(len(a))
print(a == b)
