# A decorator that counts calls and keeps the wrapped function's name.
import functools

def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@counted
def factorial(n):
    """Return n!."""
    return 1 if n < 2 else n * factorial(n - 1)

print(factorial(6), factorial.calls, factorial.__name__, factorial.__doc__)
print(factorial.__wrapped__(3), factorial.calls)

def repeat(times):
    def deco(f):
        def inner(*a):
            return [f(*a) for _ in range(times)]
        return inner
    return deco

@repeat(3)
def hello(name):
    return f"hi {name}"

print(hello("ann"), hello.__name__)
