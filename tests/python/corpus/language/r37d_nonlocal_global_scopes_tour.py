# Scopes: global counters, nonlocal in nested closures, class scopes skipped by methods, UnboundLocalError.
counter = 0

def increment():
    global counter
    counter += 1
    return counter

def outer():
    level = "outer"
    def middle():
        nonlocal level
        level = "changed by middle"
        def inner():
            return level
        return inner()
    result = middle()
    return level, result

class Config:
    name = "class-level"
    names = [name.upper() for _ in range(1)] if False else None
    def show(self):
        try:
            return name
        except NameError as e:
            return f"NameError: {e}"

print(increment(), increment(), counter)
print(outer())
print(Config().show())
x = "global x"
def shadow():
    print(x)
    x = "local"
try:
    shadow()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def uses_global_later():
    y = [x for _ in range(2)]
    return y
print(uses_global_later())
def make():
    fns = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fns.append(f)
    return fns
print([f() for f in make()])
class Broken:
    value = 1
    doubled = [value * 2 for _ in range(2)]
