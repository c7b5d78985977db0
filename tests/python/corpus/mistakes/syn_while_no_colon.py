# Mistake: syn while no colon.
# (A learner's program as written, to compare with CPython 3.11.)
#
while True
    break
