# Mistake: continue in for else.
# (A learner's program as written, to compare with CPython 3.11.)
for i in range(3):
    pass
else:
    continue
