# How deep does a runaway recursion get before RecursionError?
deepest = 0

def walk(n):
    global deepest
    deepest = n
    return walk(n + 1)

try:
    walk(1)
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
