# a logging decorator; I put @wraps on the wrapper without saying what it wraps
from functools import wraps

def logged(func):
    @wraps
    def wrapper(*args):
        print("calling", func.__name__)
        return func(*args)
    return wrapper

@logged
def add(a, b):
    return a + b

print(add(1, 2))
