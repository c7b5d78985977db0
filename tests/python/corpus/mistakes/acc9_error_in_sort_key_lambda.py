# A lambda key that fails on one item.
print("start")

people = [{"name": "Ann", "age": 30}, {"name": "Bob"}]
people.sort(key=lambda p: p["age"])
print(people)
