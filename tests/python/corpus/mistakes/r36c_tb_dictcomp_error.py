# building a lookup of name lengths from mixed data with a dict comprehension
people = ["ann", "bea", None, "dan"]
lengths = {p: len(p) for p in people}
print(lengths)
# (end of the program)
