import functools

def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        arg_text = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"-> {func.__name__}({arg_text})")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper

def no_wraps(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

@trace
def add(a, b=0):
    """Add two numbers."""
    return a + b

@no_wraps
def sub(a, b):
    """Subtract."""
    return a - b

add(1, b=2)
add("x", "y")
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
print(sub.__name__, sub.__doc__, sub.__qualname__)
print(hasattr(sub, "__wrapped__"))

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(3)
add.__wrapped__(5, 5)
print(add(1, 2, 3))
