# Mistake: comprehension target unparenthesized.
# (A learner's program as written, to compare with CPython 3.11.)
#
# a comprehension whose target is a tuple without parentheses
numbers = range(5)
squares = {n, n * n for n in numbers}
print(squares)
