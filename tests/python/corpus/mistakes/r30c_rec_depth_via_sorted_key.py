# A sort key that sorts again recursively.
deepest = 0

def key(n):
    global deepest
    deepest = n
    return sorted([n + 1], key=key)

try:
    key(1)
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
