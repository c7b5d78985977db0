# Hashing a deeply nested tuple used as a dict key.
t = ()
for _ in range(5000):
    t = (t,)
cache = {}
cache[t] = "ok"
print(len(cache))
