# Mistake: syn unclosed list eof.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
items = [1, 2, 3
