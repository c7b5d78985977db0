# Mistake: conditional missing else value.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
x = 5 if y else
