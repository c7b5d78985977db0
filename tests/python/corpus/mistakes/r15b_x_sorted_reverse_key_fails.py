# Mistake: sorting records newest first with a key that fails on one record; the list is left as it was.
records = [
    {"name": "b", "year": 2019},
    {"name": "a", "year": 2021},
    {"name": "c", "year": "2020"},
    {"name": "d", "year": 2018},
]

try:
    records.sort(key=lambda r: r["year"] + 0, reverse=True)
except TypeError as e:
    print("sort failed:", e)
print([r["name"] for r in records])

print(sorted([], key=len, reverse=True))
records.sort(key=lambda r: int(r["year"]), reverse=True)
print([r["name"] for r in records])
newest = sorted(records, key=lambda r: r["year"], reverse=True)
