# Mistake: augmented assign tuple.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
a, b += 1, 2
