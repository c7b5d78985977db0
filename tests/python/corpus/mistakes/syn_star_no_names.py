# Mistake: syn star no names.
# (A learner's program as written, to compare with CPython 3.11.)
#
def f(*, ):
    pass
