# Mistake: syn missing comma list.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
x = [1, 2 3]
