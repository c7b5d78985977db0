import functools

def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"-> {func.__name__}({', '.join(parts)})")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper

def repeat(n):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*a, **k):
            return [func(*a, **k) for _ in range(n)]
        return wrapper
    return deco

@trace
def greet(name, punct="!"):
    """Say hello."""
    return f"hello {name}{punct}"

@repeat(3)
def roll():
    return 4

greet("ann", punct="?")
print(greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
print(roll(), roll.__name__, roll.__qualname__)
def counted(func):
    @functools.wraps(func)
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper
@counted
def f(x):
    return x
f(1); f(2)
print(f.calls)
