# Mistake: mismatched quotes.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
print('hello")
