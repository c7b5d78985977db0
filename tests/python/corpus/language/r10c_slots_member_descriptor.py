class P:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

print(type(P.a).__name__)
print(P.a.__name__, P.b.__objclass__ is P)
p = P()
print(P.a.__get__(p, P))
P.b.__set__(p, 5)
print(p.b)
print(repr(P.a))
print(getattr(p, "b"), [s for s in P.__slots__])
print("a" in P.__dict__, isinstance(P.__dict__["a"], type(P.a)))
q = P()
try:
    q.b
except AttributeError as e:
    print(e)
