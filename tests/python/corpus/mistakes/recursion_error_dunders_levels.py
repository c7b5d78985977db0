# RecursionError through __call__, max(key=...), hash() and abs(): the levels CPython 3.11 counts for each
class Counter:
    n = 0
    def __call__(self):
        Counter.n += 1
        return self()

class Weird:
    n = 0
    def __hash__(self):
        Weird.n += 1
        return hash(self)
    def __abs__(self):
        Weird.n += 1
        return abs(self)

def by_size(x):
    by_size.n += 1
    return max([1, 2], key=by_size)
by_size.n = 0

for label, fn in [("call", lambda: Counter()()), ("hash", lambda: hash(Weird())), ("abs", lambda: abs(Weird()))]:
    Counter.n = Weird.n = 0
    try:
        fn()
    except RecursionError as e:
        print(label, Counter.n + Weird.n, e)
try:
    by_size(1)
except RecursionError as e:
    print("max key", by_size.n, e)
