# Function parameters: mutable defaults, keyword-only and positional-only, and their errors.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to.__defaults__)

def append_safe(item, target=None):
    target = [] if target is None else target
    target.append(item)
    return target

print(append_safe(1), append_safe(2))

def connect(host, /, port=80, *, timeout=5, **extra):
    return f"{host}:{port} t={timeout} {extra}"

print(connect("a"), connect("b", 8080, timeout=1, retries=2), connect("c", port=1))
print(connect.__kwdefaults__, connect.__code__.co_posonlyargcount, connect.__code__.co_kwonlyargcount)
calls = [lambda: connect(host="x"), lambda: connect("x", 1, 2), lambda: connect(),
         lambda: connect("x", timeout=1, timeout2=2, port=3, **{"port": 4})]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
def tagged(*args, sep=", ", **kwargs):
    return sep.join(map(str, args)) + (" " + str(kwargs) if kwargs else "")
print(tagged(1, 2, 3), tagged(sep="|"), tagged("a", sep="-", k=1))
import time as _t
def stamp(when=[0]):
    when[0] += 1
    return when[0]
print(stamp(), stamp(), stamp([10]), stamp())
def f(a, b=2, *c, d, e=5, **g): pass
print(f.__code__.co_varnames, f.__code__.co_argcount, f.__defaults__, f.__kwdefaults__)
f(1)
