# Mistake: kwargs before args.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
foo(**kwargs, *args)
