# Recursive flatten with a generator expression and no base case.
deepest = 0

def flatten(n):
    global deepest
    deepest = n
    return sum(flatten(n + 1) for _ in range(1))

try:
    flatten(1)
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
