# Removing duplicate records by putting them in a set.
rows = [{"id": 1}, {"id": 2}, {"id": 1}]
try:
    unique = set(rows)
except TypeError as e:
    print("TypeError:", e)
unique = {tuple(sorted(r.items())) for r in rows}
print(sorted(unique))
seen = set()
for r in rows:
    key = r["id"], [r["id"]]
    if key not in seen:
        seen.add(key)
