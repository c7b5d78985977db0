# Unpacking records that have an extra field.
records = [("ann", 31), ("bob", 25, "Oslo"), ("cy", 40)]
for name, age in records:
    print(name, age)
# (the learner's program ends here)
