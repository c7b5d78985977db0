# Mistake: syn class no colon.
# (A learner's program as written, to compare with CPython 3.11.)
#
class Worker
    pass
