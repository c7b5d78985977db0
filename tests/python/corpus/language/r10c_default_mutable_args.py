def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))

def kw(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs

print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6))
print(kw.__defaults__, kw.__kwdefaults__)
try:
    kw(1)
except TypeError as e:
    print(e)
try:
    kw(1, 2, c=3, a=4)
except TypeError as e:
    print(e)

def pos_only(a, b, /, c):
    return a + b + c

print(pos_only(1, 2, c=3))
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print(e)
kw(c=1)
