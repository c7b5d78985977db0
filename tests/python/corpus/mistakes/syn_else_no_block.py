# Mistake: syn else no block.
# (A learner's program as written, to compare with CPython 3.11.)
if x > 1:
    pass
else:
print("no")
