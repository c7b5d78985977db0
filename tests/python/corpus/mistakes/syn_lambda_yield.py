# Mistake: syn lambda yield.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
lambda x: yield x
