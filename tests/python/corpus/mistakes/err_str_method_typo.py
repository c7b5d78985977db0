# Mistake: err str method typo.
# (A learner's program as written, to compare with CPython 3.11.)
names = ["ann", "bob"]
for n in names:
    print(n.captialize())
