# Mistake: comprehension target list.
# (A learner's program as written, to compare with CPython 3.11.)
#
# a list comprehension over pairs, its target written without parentheses
pairs = [a, b for a in range(2) for b in "xy"]
