# Mistakes in defining classes: bases, MRO, super() and instantiation.
class A: pass
class B(A): pass
tries = [
    "class C(A, B): pass",
    "class D(B, B): pass",
    "class E(5): pass",
    "class F(len): pass",
    "class G(bool): pass",
    "class H(A): __slots__ = ('x', 'x')",
    "A(1)",
    "object(1)",
    "super(B, 5)",
    "type('T', (A,), [])",
    "isinstance(A(), (B, 'x'))",
    "issubclass(A(), A)",
    "class I(A, metaclass=5): pass",
]
for t in tries:
    try:
        exec(t)
        print(t, "ok")
    except Exception as e:
        print(f"{t!r}: {type(e).__name__}: {e}")
class Base:
    def __init__(self, name):
        self.name = name
class Child(Base):
    def __init__(self, name, age):
        super().__init__(self, name)
        self.age = age
Child("kid", 4)
