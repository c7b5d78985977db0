# Mistake: syn try without except.
# (A learner's program as written, to compare with CPython 3.11.)
try:
    x = 1
print(x)
