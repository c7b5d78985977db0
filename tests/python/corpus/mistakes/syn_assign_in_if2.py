# Mistake: syn assign in if2.
# (A learner's program as written, to compare with CPython 3.11.)
x = 5
if x = 5:
    print("five")
