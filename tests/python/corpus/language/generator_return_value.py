# A generator that returns a value: consumers that iterate it (list, tuple, sum, join, extend, ...) stop quietly; next() and yield from see the value.
def g():
    yield 1
    return 3
print(list(g()))
print([*g()])
print(tuple(g()), set(g()), sorted(g()), sum(g()), max(g()), min(g()), any(g()), all(g()))
print(", ".join(str(x) for x in g()))
print(dict.fromkeys(g()), list(enumerate(g())), list(zip(g(), g())), list(map(str, g())))
l=[]; l.extend(g()); print(l)
print(sum(x for x in g()))
class It:
    def __init__(s): s.n=0
    def __iter__(s): return s
    def __next__(s):
        s.n+=1
        if s.n>2: raise StopIteration(7)
        return s.n
print(list(It()))
g=(x for x in [1])
def h():
    yield 1
    return 5
it=h(); next(it)
try: next(it)
except StopIteration as e: print(repr(e))
def d():
    r = yield from h()
    print("got", r)
print(list(d()))
