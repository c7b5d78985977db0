# A decorator factory with arguments: retry on failure and a registry of handlers
import functools


def retry(times, exceptions=(Exception,)):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*a, **kw):
            for attempt in range(1, times + 1):
                try:
                    return func(*a, **kw)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"{func.__name__} failed {times} times")
        return wrapper
    return deco


HANDLERS = {}


def handles(*commands):
    def deco(func):
        for c in commands:
            HANDLERS[c] = func
        return func
    return deco


state = {"n": 0}


@retry(3, (ConnectionError,))
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ConnectionError(f"try {state['n']}")
    return "connected"


@handles("hi", "hello")
def greet(arg):
    return f"hello {arg}"


print(flaky())
print(HANDLERS["hello"]("bob"), sorted(HANDLERS), HANDLERS["hi"] is greet)


@retry(2)
def always():
    raise ValueError("nope")


always()
