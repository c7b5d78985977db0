# r24c_recursion_traceback: a mistake as a learner makes it, and what CPython 3.11 says of it
def fib(n):
    return fib(n - 1) + fib(n - 2)

print(fib(10))
