import functools

def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

def trace(prefix=">>"):
    def deco(fn):
        depth = 0
        @functools.wraps(fn)
        def inner(*a):
            nonlocal depth
            print(f"{prefix}{'  ' * depth} {fn.__name__}{a}")
            depth += 1
            try:
                return fn(*a)
            finally:
                depth -= 1
        return inner
    return deco

@counted
def square(x):
    """Return x squared."""
    return x * x

print([square(i) for i in range(4)], square.calls, square.__name__, square.__doc__)
print(square.__wrapped__(9), square.calls)

@trace("..")
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4))

@counted
@trace()
def add(a, b):
    return a + b
print(add(1, 2), add.calls, add.__name__)
add(1)
