# Mistake: generator argument after args.
# (A learner's program as written, to compare with CPython 3.11.)
#
# a generator expression after other arguments: CPython marks the generator expression alone
print("total:", x * x for x in range(4))
