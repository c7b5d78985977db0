# filter() whose predicate filters again.
deepest = 0

def keep(n):
    global deepest
    deepest = n
    return list(filter(keep, [n + 1]))

try:
    keep(1)
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
