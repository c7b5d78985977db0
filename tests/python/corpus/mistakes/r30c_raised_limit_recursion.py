# Raising the recursion limit to sum a long list recursively.
import sys
sys.setrecursionlimit(50000)

def total(xs, i=0):
    if i == len(xs):
        return 0
    return xs[i] + total(xs, i + 1)

data = list(range(20000))
print(total(data))
