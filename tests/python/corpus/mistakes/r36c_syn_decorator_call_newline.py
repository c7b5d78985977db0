# a timing decorator applied, but I put the def on the same line
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        print("calling", fn.__name__)
        return fn(*a)
    return wrapper

@logged def add(a, b):
    return a + b

print(add(1, 2))
