# Mistake: syn unterminated apostrophe.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
print("it's ok)
