# __init_subclass__ with class keywords, super() up the chain, and an ABC's __abstractmethods__
class Base:
    registry = []
    def __init_subclass__(cls, kind="plain", **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Base.registry.append(cls.__name__)
class A(Base):
    pass
class B(Base, kind="special"):
    pass
class C(B):
    def __init_subclass__(cls, **kw):
        print("C's hook for", cls.__name__)
        super().__init_subclass__(**kw)
class D(C):
    pass
print(Base.registry, A.kind, B.kind, D.kind, type(Base.__dict__["__init_subclass__"]).__name__)
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], type(G.__dict__["__class_getitem__"]).__name__)
try:
    class B(A, x=1): pass
except TypeError as e: print(e)
class M2:
    def __init_subclass__(cls, **kw): print('kw', kw)
class N(M2, a=1, b=2): pass
try:
    class P(M2, metaclass=type): pass
except Exception as e: print(type(e).__name__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class Q(M2, z=3):
    pass
print(Q.decorated)
