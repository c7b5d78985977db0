# r24c_infinite_recursion: a mistake as a learner makes it, and what CPython 3.11 says of it
def factorial(n):
    return n * factorial(n - 1)

print(factorial(5))
