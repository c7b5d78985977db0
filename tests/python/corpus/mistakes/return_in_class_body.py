# Mistake: return in class body.
# (A learner's program as written, to compare with CPython 3.11.)
#
class A:
    return 1
