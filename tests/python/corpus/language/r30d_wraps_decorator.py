# A timing-free logging decorator with functools.wraps, and one without it for comparison
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        argstr = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"-> {func.__name__}({argstr})")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper


def plain(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b


@plain
def sub(a, b):
    """Subtract."""
    return a - b


add(2, b=3)
add("x", "y")
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
print(sub.__name__, sub.__doc__, sub.__qualname__)
add(1, c=2)
