# A one-line recursive lambda and a conditional expression.
fact = lambda n: 1 if n == 0 else n * fact(n - 1)
print([fact(i) for i in range(8)])
print(fact.__name__)
import sys
print(fact(100) == __import__("math").factorial(100))
memo = {0: 1}
def f(n):
    if n not in memo:
        memo[n] = n * f(n - 1)
    return memo[n]
print(f(20), len(memo))
