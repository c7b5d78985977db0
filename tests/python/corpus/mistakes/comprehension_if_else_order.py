# Mistake: comprehension if else order.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
x = [i for i in range(3) if i else 0]
