# Mistake: syn indent module level.
# (A learner's program as written, to compare with CPython 3.11.)
#
x = 1
  y = 2
