# error in lambda used as sort key
people = [("ann", 31), ("bob", None), ("cy", 22)]
people.sort(key=lambda p: p[1] + 0)
# (end of the program)
# (end of the program)
