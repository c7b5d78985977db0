# Mistake: assign to true.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
True = 1
