# f(*x) and f(**x) of the wrong kinds: CPython names the function (__main__.f(), __main__.K.m(), print()), a display says 'Value after *'
class K:
    def m(self, **kw):
        return kw


def f(*args, **kwargs):
    return args, kwargs


tests = [
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(**{"a": 1}, a=2),
    lambda: f(*5),
    lambda: f(**5),
    lambda: f(**{1: 2}),
    lambda: K().m(**{"x": 1}, x=2),
    lambda: K().m(*None),
    lambda: print(**{"sep": "-"}, sep="+"),
    lambda: print(*1),
    lambda: print(**[1]),
    lambda: dict(**{"a": 1}, a=3),
    lambda: (lambda **k: k)(**{"q": 1}, q=2),
    lambda: max(*3),
    lambda: f(*[1], *{2: 3}, **{"z": 1}),
    lambda: K.m(**{"self": 1}),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
