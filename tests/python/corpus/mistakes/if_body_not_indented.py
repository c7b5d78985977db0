# Mistake: if body not indented.
# (A learner's program as written, to compare with CPython 3.11.)
#
if True:
pass
