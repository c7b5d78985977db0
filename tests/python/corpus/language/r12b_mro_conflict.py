class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])

class E(C, B): pass
print([k.__name__ for k in E.__mro__])

try:
    class F(D, E): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class G(A, B): pass
except TypeError as e:
    print("TypeError:", e)

class H(B, A): pass
print([k.__name__ for k in H.__mro__])
print(issubclass(D, A), isinstance(D(), C), D.__bases__)
print(object.__mro__, type.__mro__)
class I(object, A): pass
