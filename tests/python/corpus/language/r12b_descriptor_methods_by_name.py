class A:
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): print("set", v)
a = A()
print(A.p.__get__(a), A.p.__get__(None, A) is A.p)
A.p.__set__(a, 5)
try: A.p.__delete__(a)
except AttributeError as e: print(e)
print(hasattr(property, "__set__"), hasattr(staticmethod, "__get__"), A.__dict__["p"].__get__(a, A))
f = lambda self: 42
print(f.__get__(a)(), type(f.__get__(a)).__name__)
sm = staticmethod(len); print(sm.__get__(None, A)([1]))
cm = classmethod(lambda c: c.__name__); print(cm.__get__(None, A)())
