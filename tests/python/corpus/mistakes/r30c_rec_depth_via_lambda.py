# A recursive lambda without a base case.
deepest = 0

fact = lambda n: (globals().__setitem__('deepest', n), n * fact(n + 1))[1]

try:
    fact(1)
except RecursionError as e:
    print("stopped at depth", deepest, "-", e)
