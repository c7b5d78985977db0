# A decorator whose wrapper forgets to pass the arguments on.
import functools

def log(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func()
    return wrapper

@log
def add(a, b):
    return a + b

print(add(1, 2))
