# Mistake: underscore at number end.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
x = 1_000_
