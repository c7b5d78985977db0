# Mistake: global after use.
# (A learner's program as written, to compare with CPython 3.11.)
x = 5
def f():
    print(x)
    global x
