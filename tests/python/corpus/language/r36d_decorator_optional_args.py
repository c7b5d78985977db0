# A decorator usable with or without arguments, keeping metadata via functools.wraps.
import functools

def logged(func=None, *, prefix="LOG"):
    if func is None:
        return functools.partial(logged, prefix=prefix)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"{prefix}: {func.__name__}({', '.join(parts)})")
        result = func(*args, **kwargs)
        print(f"{prefix}: -> {result!r}")
        return result
    wrapper.calls = 0
    return wrapper

@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b

@logged(prefix="DBG")
def greet(name, *, punct="!"):
    return f"hi {name}{punct}"

add(2, b=3)
greet("ann", punct="?")
print(add.__name__, add.__doc__, add.__wrapped__(10, 5))
print(greet.__qualname__, hasattr(greet, "calls"))
print(add.__module__, sorted(k for k in vars(add) if not k.startswith("__")))

def repeat(n):
    def deco(f):
        @functools.wraps(f)
        def inner(*a):
            return [f(*a) for _ in range(n)]
        return inner
    return deco

@repeat(3)
@logged(prefix="R")
def one():
    return 1
print(one(), one.__wrapped__.__wrapped__.__name__)
