# ** in a dict comprehension to merge dicts.
print("start")

configs = [{"a": 1}, {"b": 2}]
merged = {**c for c in configs}
print(merged)
