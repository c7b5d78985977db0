# Mistake: syn default before2.
# (A learner's program as written, to compare with CPython 3.11.)
#
def f(x=1, y):
    pass
