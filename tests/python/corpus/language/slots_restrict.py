# __slots__: other attributes raise AttributeError, no __dict__, subclasses add slots or get a __dict__, an empty slot deleted
class P:
    __slots__ = ("x", "y")
p = P()
try:
    p.x
except AttributeError as e:
    print(repr(e), e.name if hasattr(e, "name") else "")
p.x = 1
del p.x
try:
    del p.x
except AttributeError as e:
    print(repr(e))
class Q(P):
    pass
q = Q(); q.z = 5; print(q.__dict__)
class R:
    __slots__ = ("a", "__dict__")
r = R(); r.b = 1; print(r.__dict__)
class S:
    __slots__ = "only"
s = S(); s.only = 1; print(S.__slots__)
try:
    s.other = 2
except AttributeError as e:
    print(repr(e))
class T:
    __slots__ = ()
try:
    T().a = 1
except AttributeError as e:
    print(repr(e))
class U:
    __slots__ = ("x",)
    x = 5
