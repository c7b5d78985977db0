# Mistake: trailing plus at eof.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
x = 1 +
