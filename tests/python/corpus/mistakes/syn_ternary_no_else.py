# Mistake: syn ternary no else.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
print(1 if True)
