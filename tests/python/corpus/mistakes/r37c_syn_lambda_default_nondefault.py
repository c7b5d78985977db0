# sort keys as lambdas; one lambda has a default before a plain parameter
people = [("ann", 31), ("bob", 25)]
by_age = lambda p, idx=1: p[idx]
by_field = lambda idx=0, p: p[idx]
print(sorted(people, key=by_age))
print(by_field(0, people[0]))
