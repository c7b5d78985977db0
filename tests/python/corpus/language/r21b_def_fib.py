# tutorial 4.7: defining fib, function objects, None return, fib2 with append
def fib(n):    # write Fibonacci series up to n
    """Print a Fibonacci series up to n."""
    a, b = 0, 1
    while a < n:
        print(a, end=' ')
        a, b = b, a+b
    print()
fib(2000)
print(fib.__name__, fib.__doc__)
f = fib
f(100)
print(fib(0))
print(repr(fib(0)))
def fib2(n):  # return Fibonacci series up to n
    """Return a list containing the Fibonacci series up to n."""
    result = []
    a, b = 0, 1
    while a < n:
        result.append(a)    # see below
        a, b = b, a+b
    return result
f100 = fib2(100)    # call it
print(f100)                # write the result
print(type(fib).__name__, callable(fib), fib2.__qualname__)
help_text = fib2.__doc__.upper()
print(help_text)
