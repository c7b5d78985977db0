# Wrote return inside a lambda used as a sort key.
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: return p[1])
for name, age in people:
    print(name, age)
