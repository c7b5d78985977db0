# Mistake: err keyword typo print.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
print("a", "b", sep="-", ned="")
