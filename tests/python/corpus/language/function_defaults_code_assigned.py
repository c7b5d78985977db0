# a function's __defaults__, __kwdefaults__ and __code__ assigned, and the errors for wrong values
def f(a, b=2):
    return a + b

def g(a, b=3):
    return a * b

def tag(text, *, sep='-'):
    return sep.join(text)

f.__code__ = g.__code__
print(f(4), f.__name__, f.__defaults__)
f.__defaults__ = (10,)
print(f(4), f.__defaults__)
f.__defaults__ = None
try:
    f(4)
except TypeError as e:
    print(e)
tag.__kwdefaults__ = {'sep': '+'}
print(tag('abc'), tag.__kwdefaults__)

def outer():
    x = 1
    def inner():
        return x
    return inner

for value in (outer().__code__, 5):
    try:
        f.__code__ = value
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for name, value in (('__defaults__', [1]), ('__kwdefaults__', (1,))):
    try:
        setattr(f, name, value)
    except TypeError as e:
        print(e)
