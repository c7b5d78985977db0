# A KeyError in a dict comprehension.
print("start")

users = [{"name": "a", "age": 3}, {"name": "b"}]
ages = {u["name"]: u["age"] for u in users}
print(ages)
