# Mistake: call missing comma.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
print(1 2)
