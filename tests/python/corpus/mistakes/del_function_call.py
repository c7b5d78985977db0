# Mistake: del function call.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
del f()
