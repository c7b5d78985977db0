# A long line whose failing call is in the middle.
print("records loaded")

records = [{"id": 1, "tags": ["a", "b"]}, {"id": 2, "tags": None}, {"id": 3, "tags": ["c"]}]
summary = ", ".join(f"{record['id']}:{len(record['tags'])}" for record in records if record["id"] > 0 and record is not None and isinstance(record, dict))
print(summary)
