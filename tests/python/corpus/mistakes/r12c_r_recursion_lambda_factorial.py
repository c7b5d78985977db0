# A recursive lambda factorial whose base case never matches negatives.
import sys
print("limit", sys.getrecursionlimit())
fact = lambda n: 1 if n == 0 else n * fact(n - 1)
print(fact(5))
print(fact(-1))
