# A traceback passing through a decorator's wrapper and a lambda used as a sort key
import functools


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print(f"-> {fn.__name__}{args}")
        return fn(*args)
    return wrapper


@trace
def rank(people):
    return sorted(people, key=lambda p: p["age"])


print(rank([{"name": "a", "age": 3}, {"name": "b", "age": 1}]))
print(rank([{"name": "a", "age": 3}, {"name": "b"}]))
