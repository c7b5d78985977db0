# Mistake: syn fstring unclosed nested.
# (A learner's program as written, to compare with CPython 3.11.)
#
n = 5
print(f"{n:>{width}")
