# Mistake: octal leading zeros.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
x = 0777
