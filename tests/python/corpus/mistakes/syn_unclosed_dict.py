# Mistake: syn unclosed dict.
# (A learner's program as written, to compare with CPython 3.11.)
data = {"a": 1, "b": 2
for k in data:
    print(k)
