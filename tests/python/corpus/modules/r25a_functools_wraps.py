import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper

def plain(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

@plain
def sub(a, b):
    """Subtract."""
    return a - b

print(add(2, 3))
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
print(sub.__name__, sub.__doc__)
print(add.__qualname__, sub.__qualname__)
print(add(1))
