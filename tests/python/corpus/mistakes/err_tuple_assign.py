# Mistake: err tuple assign.
# (A learner's program as written, to compare with CPython 3.11.)
point = (1, 2)
print(point[0])
point[0] = 5
