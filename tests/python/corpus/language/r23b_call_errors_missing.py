def three(a, b, c):
    pass

def mixed(a, b=1, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

def many(a, b, c, d):
    pass

tests = [
    (three, (), {}),
    (three, (1,), {}),
    (three, (1, 2), {}),
    (many, (), {"c": 1}),
    (mixed, (1,), {}),
    (mixed, (), {}),
    (mixed, (1, 2, 3), {"c": 5, "e": 6}),
    (three, (1, 2, 3, 4, 5), {}),
    (mixed, (1,), {"c": 1, "b": 2, "a": 0}),
    (three, (1, 2), {"c": 3, "d": 4}),
    (three, (), {"a": 1, "b": 2, "c": 3, "e": 0, "f": 1}),
]
for fn, args, kwargs in tests:
    try:
        print("ok", fn(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)

def varkw(**options):
    return options
print(varkw(a=1, **{"b": 2}))
try:
    varkw(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    varkw(**{1: "x"})
except TypeError as e:
    print("TypeError:", e)
try:
    varkw(*[1])
except TypeError as e:
    print("TypeError:", e)
try:
    three(*5)
except TypeError as e:
    print("TypeError:", e)
varkw(**[("a", 1)])
