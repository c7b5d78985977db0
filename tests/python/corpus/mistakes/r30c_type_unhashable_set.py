# Putting dicts into a set to dedupe them.
# (kept short on purpose: the mistake is the point)
people = [{"name": "a"}, {"name": "b"}, {"name": "a"}]
unique = set(people)
print(len(unique))
