# functools.reduce whose function reduces again.
deepest = 0

from functools import reduce

def combine(acc, n):
    global deepest
    deepest = n
    return reduce(combine, [n + 1], acc)

try:
    combine(0, 1)
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
