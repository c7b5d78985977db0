# A decorator whose wrapper forgets to pass the arguments on.
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func()
        print("done", func.__name__)
        return result
    return wrapper

@logged
def hello():
    return "hi"

@logged
def greet(name, punct="!"):
    return "hi " + name + punct

print(hello())
print(greet("zoe", punct="?"))
