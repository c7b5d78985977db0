# f(x=1, **m) where m is a mapping of one's own (or a dict subclass) that holds x:
# TypeError naming the function, as for a dict
class M:
    def __init__(self, d): self.d = d
    def keys(self): return list(self.d)
    def __getitem__(self, k): return self.d[k]
class D(dict):
    pass
class DI(dict):
    def __iter__(self): return iter(list(super().keys()))
def f(**k): return sorted(k.items())
class C:
    def m(self, **k): return k
    @staticmethod
    def s(**k): return k
def t(label, fn):
    try: print(label, fn())
    except TypeError as e: print(label, "TypeError:", e)
    except KeyError as e: print(label, "KeyError:", e)
t(1, lambda: f(x=1, **M({"x": 2})))
t(2, lambda: f(**M({"x": 2}), x=1))
t(3, lambda: f(**{"x": 1}, **M({"x": 2})))
t(4, lambda: f(**M({"x": 1}), **M({"x": 2})))
t(5, lambda: f(x=1, **D(x=2)))
t(6, lambda: f(x=1, **DI(x=2)))
t(7, lambda: C().m(x=1, **M({"x": 2})))
t(8, lambda: C.s(x=1, **M({"x": 2})))
t(9, lambda: dict(x=1, **M({"x": 2})))
t(10, lambda: print("a", sep="", **M({"sep": "-"})))
t(11, lambda: f(**M({"x": 1, "y": 2})))
t(12, lambda: f(y=0, **M({1: 2})))
class Bad(M):
    def __getitem__(self, k): raise KeyError(k)
t(13, lambda: f(**Bad({"q": 1})))
t(14, lambda: sorted([], key=None, **M({"key": 1})))
t(15, lambda: f(a=1, **M({"b": 2}), c=3))
t(16, lambda: f(**M({"x": 1}), **{"x": 2}))
t(17, lambda: len(**M({"x": 1})))
