# Mistake: match wildcard alternative.
# (A learner's program as written, to compare with CPython 3.11.)
match 5:
    case _ | 1:
        pass
