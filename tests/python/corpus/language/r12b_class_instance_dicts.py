class A:
    kind = "a"
    def hello(self): return f"A {self.kind}"
class B:
    kind = "b"
    def hello(self): return f"B {self.kind}"
x = A()
print(x.hello())
x.__class__ = B
print(x.hello(), type(x).__name__, isinstance(x, A))
x.__dict__["kind"] = "own"
print(x.hello(), vars(x))
vars(x).update(extra=1)
print(x.extra, x.__dict__)
x.__dict__ = {"kind": "replaced"}
print(x.kind)
class C:
    count = 0
    def __init__(self):
        type(self).count += 1
class D(C): pass
C(); C(); D()
print(C.count, D.count, "count" in D.__dict__)
print(getattr(A, "kind"), setattr(A, "new", 5), A.new, delattr(A, "new"), hasattr(A, "new"))
print(A.__dict__["hello"](B()), A.hello.__qualname__, A.hello.__name__)
A.shout = lambda self: self.hello().upper()
print(A().shout())
def outside(self): return "bound later"
A.later = outside
print(A().later(), A.later is outside)
inst = A()
inst.method = lambda: "instance function"
print(inst.method(), "method" in vars(inst))
print(sorted(n for n in dir(inst) if not n.startswith("__")))
class E:
    __slots__ = ("v",)
try:
    E().__dict__
except AttributeError as e: print(e)
try:
    x.__class__ = int
except TypeError as e: print(e)
print(type(A.__dict__).__name__, A.__dict__["kind"])
try:
    A.__dict__["kind"] = 1
except TypeError as e: print(e)
