# Mistake: param after kwargs.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
def f(**k, a): pass
