# Mistake: syn trailing operator.
# (A learner's program as written, to compare with CPython 3.11.)
def f(a, b):
    return a +

print(f(1, 2))
