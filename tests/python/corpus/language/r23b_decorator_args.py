import functools

def repeat(times=2, sep=None):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            results = [func(*args, **kwargs) for _ in range(times)]
            return sep.join(results) if sep is not None else results
        wrapper.times = times
        return wrapper
    return decorator

@repeat(3)
def hi(name):
    return f"hi {name}"

@repeat(times=2, sep=" | ")
def bye():
    return "bye"

print(hi("ann"), hi.times)
print(bye(), bye.__name__)

def retry(func=None, *, attempts=3):
    if func is None:
        return functools.partial(retry, attempts=attempts)
    @functools.wraps(func)
    def wrapper(*args):
        for i in range(1, attempts + 1):
            try:
                return func(*args)
            except ValueError as e:
                print(f"  attempt {i} failed: {e}")
        raise RuntimeError(f"{func.__name__} failed {attempts} times")
    return wrapper

calls = iter([1, 2, 3, 4, 5])
@retry
def flaky():
    n = next(calls)
    if n < 3:
        raise ValueError(f"n={n}")
    return n

@retry(attempts=2)
def always_bad():
    raise ValueError("nope")

print(flaky())
@repeat
def oops():
    return "x"
print(type(oops).__name__)
always_bad()
