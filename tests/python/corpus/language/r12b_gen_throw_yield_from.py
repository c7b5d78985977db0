def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        print("inner caught ValueError")
        return "inner-result"
    finally:
        print("inner finally")
def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield "after"
    finally:
        print("outer finally")
g = outer(); print(next(g)); print(g.throw(ValueError)); g.close(); print("closed")
g = outer(); next(g); g.close(); print("closed 2")
g = outer(); next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
    tb = e.__traceback__; n = 0
    while tb: n += 1; tb = tb.tb_next
    print("frames", n)
def over_list():
    try:
        yield from [1, 2, 3]
    except ValueError:
        yield "caught in over_list"
g = over_list(); next(g); print(g.throw(ValueError)); print(list(g))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, e):
        print("It.throw", repr(e))
        if isinstance(e, KeyError):
            raise StopIteration("from-throw")
        return "thrown-value"
    def close(self): print("It.close")
def over_it():
    v = yield from It()
    print("over_it got", v)
    yield "done"
g = over_it(); print(next(g)); print(g.throw(ValueError("a"))); print(g.throw(KeyError("b"))); g.close()
g = over_it(); next(g); g.close()
def deep(n):
    if n == 0:
        try:
            yield "bottom"
        except GeneratorExit:
            print("bottom exit"); raise
    else:
        yield from deep(n - 1)
g = deep(3); print(next(g)); del g
print("end")
