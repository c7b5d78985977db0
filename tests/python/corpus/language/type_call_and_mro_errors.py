# type(name, bases, ns) takes __module__ from the caller's globals; MRO conflicts and duplicate bases give CPython's words
class A: pass
class B(A): pass
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
class C: pass
class D(A, C): pass
class E(C, A): pass
try:
    class F(D, E): pass
except TypeError as e:
    print(e)
try:
    class G(A, A): pass
except TypeError as e:
    print(e)
P = type('P', (), {'x': 1, 'show': lambda self: f'P({self.x})'})
print(P, P.__module__, P.__qualname__, P().show(), type(P()).__name__)
Q = type('Q', (P,), {'__module__': 'mymod'})
print(Q, Q.__module__, Q.__mro__)
def f():
    return type('Local', (), {})
print(f(), f().__qualname__)
class Z(D, C): pass
print([k.__name__ for k in Z.__mro__])
