records = [
    ("2024-01-03", "bob", 5),
    ("2024-01-01", "amy", 5),
    ("2024-01-02", "bob", 3),
    ("2024-01-01", "cat", 3),
    ("2024-01-02", "amy", 5),
]
by_date = sorted(records)
by_score = sorted(by_date, key=lambda r: r[2], reverse=True)
for r in by_score:
    print(r)
print()
multi = sorted(records, key=lambda r: (-r[2], r[0], r[1]))
print(multi == by_score)
data = list(range(10))
data.sort(key=lambda n: n % 3)
print(data)
data.sort(key=lambda n: n % 3, reverse=True)
print(data)
print(list(reversed(sorted([1, 3, 2, 3], key=lambda x: 0))))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
fl = [2.0, 1, 2, 1.0, True]
print(sorted(fl), sorted(fl, reverse=True))
lst = [5, 3, 1]
res = lst.sort()
print(res, lst)
print(sorted([float("nan"), 1, 0]) if False else "skip")
lst.sort(lambda x: x)
