# Decorators that log calls, count them, retry, and validate types (no real times printed)
import functools
import time

def log_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        sig = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        elapsed = time.perf_counter() - start
        print(f"{fn.__name__}({sig}) -> {result!r} [{'fast' if elapsed < 1 else 'slow'}]")
        return result
    wrapper.calls = 0
    return wrapper

def counted(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

def retry(times=3, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return wrapper
    return deco

@log_calls
@counted
def greet(name, greeting="Hello"):
    """Greets someone."""
    return f"{greeting}, {name}!"

greet("Ann")
greet("Bob", greeting="Hi")
print(greet.__name__, greet.__doc__, greet.__wrapped__.calls, greet.__wrapped__.__wrapped__.__name__)
attempts = iter([ZeroDivisionError("boom"), KeyError("k"), None])
@retry(times=3)
def flaky():
    e = next(attempts)
    if e:
        raise e
    return "ok"
print(flaky())
@retry(times=2, exceptions=(ValueError,))
def always_bad():
    raise ValueError("nope")
always_bad()
