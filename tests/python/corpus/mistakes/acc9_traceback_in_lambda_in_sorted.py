# A lambda comparing across types inside sorted().
print("start")

records = [{"id": 2}, {"id": "1"}]
ordered = sorted(records, key=lambda r: r["id"])
print(ordered)
