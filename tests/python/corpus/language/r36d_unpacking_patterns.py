# Every flavour of unpacking: starred targets, nesting, calls, literals and the errors.
first, *middle, last = range(6)
print(first, middle, last)
(a, b), [c, *d] = "xy", (1, 2, 3)
print(a, b, c, d)
for i, (name, *scores) in enumerate([("amy", 1, 2), ("bo",)]):
    print(i, name, scores)
head, *_ = "hello"
print(head, _)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *{"k": 1}], (*"ab",), {*[1, 1, 2]})
defaults = {"color": "red", "size": "M"}
print({**defaults, "size": "L", **{"qty": 2}})
def f(a, b, *args, key=None, **kw):
    return a, b, args, key, kw
print(f(*[1, 2, 3], **{"key": "k", "z": 0}))
print(f(*"ab", *"cd", **{"x": 1}, **{"y": 2}))
x, y = y, x = 1, 2
print(x, y)
n = m = []
n.append(1)
print(m)
for bad in ("a, b = [1]", "a, b = 1, 2, 3", "a, *b, c = [1]", "a, b = 5", "f(**{'a': 1}, a=2)"):
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
*z, = "ok"
print(z)
