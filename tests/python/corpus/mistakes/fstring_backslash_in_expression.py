# Mistake: fstring backslash in expression.
# (A learner's program as written, to compare with CPython 3.11.)
#
words = ["a", "b"]
print(f"{'\n'.join(words)}")
