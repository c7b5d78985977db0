# Decorators written by learners: a call counter, a logger with arguments, and memoisation.
import functools

def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

def log(prefix="LOG"):
    def deco(func):
        def inner(*args, **kwargs):
            print(f"{prefix}: {func.__name__}{args} {kwargs}")
            result = func(*args, **kwargs)
            print(f"{prefix}: -> {result!r}")
            return result
        return inner
    return deco

def memo(func):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return inner

@count_calls
def greet(name, punct="!"):
    return f"Hello {name}{punct}"

@log("DBG")
def add(a, b=0):
    return a + b

@memo
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(greet("Ana"), greet("Bo", punct="?"), greet.calls, greet.__name__)
add(2, b=3)
add("x", "y")
print(fib(60), add.__name__)
