# Putting dicts into a set to dedupe them.
people = [{"name": "a"}, {"name": "b"}, {"name": "a"}]
unique = set(people)
print(len(unique))
