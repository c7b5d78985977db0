# tutorial 9.5.1: multiple inheritance and the MRO, diamond with super()
class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))
class Base1:
    x = 'base1'
class Base2:
    x = 'base2'
    y = 'base2 y'
class DerivedClassName(Base1, Base2):
    pass
print(DerivedClassName.x, DerivedClassName.y)
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(e)
class E(A, B): pass
