# Language: decorators with arguments, functools.wraps, and stacking.
import functools

def repeat(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f'calling {func.__name__}{args}')
        result = func(*args, **kwargs)
        print(f'{func.__name__} returned {result!r}')
        return result
    return wrapper

@logged
@repeat(2)
def greet(name):
    """Say hello."""
    return f'hi {name}'

print(greet('bob'), greet.__name__, greet.__doc__)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
