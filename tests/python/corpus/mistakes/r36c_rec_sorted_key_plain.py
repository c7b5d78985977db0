# ranking employees by how many people report to them, counted recursively
def headcount(person):
    return 1 + sum([headcount(r) for r in sorted(person["reports"], key=headcount)])

ann = {"name": "ann", "reports": []}
bob = {"name": "bob", "reports": [ann]}
print(headcount(bob))
ann["reports"].append(bob)
print(headcount(bob))
