# Mistake: syn bad operator.
# (A learner's program as written, to compare with CPython 3.11.)
#
x = 10
print(x +* 2)
