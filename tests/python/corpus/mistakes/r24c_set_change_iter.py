seen = {1, 2, 3}
try:
    for x in seen:
        seen.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1}
try:
    for k in d:
        d[k + k] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(seen), d)
