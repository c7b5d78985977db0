# Mistake: syn assign to call2.
# (A learner's program as written, to compare with CPython 3.11.)
def f():
    return 1
f() = 3
