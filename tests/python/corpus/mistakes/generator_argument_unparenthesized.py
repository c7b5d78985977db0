# Mistake: generator argument unparenthesized.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
f(x for x in range(3), 1)
