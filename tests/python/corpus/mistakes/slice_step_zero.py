# Mistake: slice step zero.
# (A learner's program as written, to compare with CPython 3.11.)
lst = [1, 2, 3]
print(lst[1:2:])
print(lst[::0])
