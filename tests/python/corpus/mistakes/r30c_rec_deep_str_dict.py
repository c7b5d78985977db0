# str() of a deeply nested dict.
d = {}
for _ in range(3000):
    d = {"k": d}
s = str(d)
print(len(s))
