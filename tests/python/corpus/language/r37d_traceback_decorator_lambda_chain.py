# An error raised deep inside a decorator wrapper, a lambda in sorted() and a generator expression.
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print(f"calling {fn.__name__}{args}")
        return fn(*args)
    return wrapper

@logged
def rank(people):
    return sorted(people, key=lambda p: p["score"] / p["games"])

@logged
def summary(people):
    return ", ".join(f"{p['name']}={p['score']}" for p in rank(people))

print(summary([{"name": "a", "score": 10, "games": 2}, {"name": "b", "score": 3, "games": 1}]))
print(summary([{"name": "c", "score": 1, "games": 0}]))
