# Sorting a list of dicts without a key.
people = [{"name": "bob", "age": 25}, {"name": "ann", "age": 31}]
print(sorted(people, key=lambda p: p["age"]))
print(sorted(people))
# (the learner's program ends here)
