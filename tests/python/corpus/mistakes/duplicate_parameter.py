# Mistake: duplicate parameter.
# (A learner's program as written, to compare with CPython 3.11.)
#
def f(a, a):
    pass
