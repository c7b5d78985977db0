# Mistake: with trailing comma.
# (A learner's program as written, to compare with CPython 3.11.)
#
with open("x") as f, :
    pass
