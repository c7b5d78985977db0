# TypeError messages for wrong call signatures
def f(a, b, *, c):
    return a

class K:
    def m(self, x):
        return x

tests = [
    lambda: f(1, 2, 3),
    lambda: f(1, 2),
    lambda: f(1, b=2, a=3, c=4),
    lambda: f(1, 2, c=3, d=4),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: int("1", base=2, x=3),
    lambda: print(sep=1),
    lambda: sorted([1], reverse="x", key=1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
f()
