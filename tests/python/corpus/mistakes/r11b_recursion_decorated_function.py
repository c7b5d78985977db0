# A recursive function under a decorator: the traceback alternates two frames.
import functools

def trace(f):
    @functools.wraps(f)
    def wrapper(n):
        return f(n)
    return wrapper

@trace
def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)

print(countdown(5))
print(countdown(-1))
