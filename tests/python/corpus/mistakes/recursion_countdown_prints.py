# A recursive countdown without a base case that prints at every level: the
# RecursionError comes in print's write to stdout ("while calling a Python
# object"), as CPython 3.11's TextIOWrapper.write counts two levels.  (A low
# limit keeps the output short; the default of 1000 fails alike.)
import sys
sys.setrecursionlimit(40)

def countdown(n):
    print(n)
    countdown(n - 1)

countdown(3)
