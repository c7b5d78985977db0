# Mistake: implicit concat then int.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
print("a" "b" 1)
