# Mistake: syn dict missing colon.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
d = {"a" 1}
