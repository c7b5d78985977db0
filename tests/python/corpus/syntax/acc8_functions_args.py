# Default, keyword-only, positional-only and variadic arguments.
def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
def g(x, y, /, z):
    return x + y + z
print(g(1, 2, z=3), g(1, 2, 3))
def h(*, key):
    return key
print(h(key="k"))
def total(*numbers, start=0):
    return sum(numbers, start)
print(total(1, 2, 3), total(start=10), total(*range(4), start=1))
args = (1, 2)
kw = {"c": 0}
print(f(*args, **kw), f(*args, 8, **kw, z=1))
try:
    g(1, y=2, z=3)
except TypeError as e:
    print(e)
try:
    h("k")
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount)
