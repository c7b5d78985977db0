# Recursion: factorial, fibonacci with a dict memo, and a too-deep recursion caught
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

print([fact(i) for i in range(8)])
print(fib(80), len(memo))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print('RecursionError:', e)
