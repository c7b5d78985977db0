# Stacked decorators: logging with wraps, a retry with arguments and a call counter class
import functools

def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        result = func(*args, **kwargs)
        print(f"{func.__name__}({', '.join(parts)}) -> {result!r}")
        return result
    return wrapper

def retry(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*a):
            for attempt in range(1, times + 1):
                try:
                    return func(*a)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times}")
        return wrapper
    return deco


class Counted:
    def __init__(self, f):
        functools.update_wrapper(self, f)
        self.calls = 0
        self.f = f

    def __call__(self, *a, **k):
        self.calls += 1
        return self.f(*a, **k)


@Counted
@log_calls
def add(a, b=0):
    """Add two numbers."""
    return a + b


add(1, b=2)
add("x", "y")
print(add.calls, add.__name__, add.__doc__, add.__wrapped__.__name__)
tries = iter([ValueError("a"), ValueError("b"), 42])

@retry(3)
def flaky():
    v = next(tries)
    if isinstance(v, Exception):
        raise v
    return v


print(flaky(), flaky.__name__)
retry(1)(lambda: int("x"))()
