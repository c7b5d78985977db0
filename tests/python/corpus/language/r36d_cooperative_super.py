# Cooperative multiple inheritance: super() with keyword arguments along the MRO.
class Base:
    def __init__(self, **kwargs):
        if kwargs:
            print("leftover", kwargs)
        super().__init__()
        print("Base init")

class Named(Base):
    def __init__(self, name, **kwargs):
        print("Named init", name)
        self.name = name
        super().__init__(**kwargs)

class Aged(Base):
    def __init__(self, age=0, **kwargs):
        print("Aged init", age)
        self.age = age
        super().__init__(**kwargs)

class Person(Named, Aged):
    def __init__(self, **kwargs):
        print("Person init")
        super().__init__(**kwargs)

p = Person(name="ann", age=30, extra=1)
print([c.__name__ for c in Person.__mro__], p.name, p.age)

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), super(B, D()).who(), super(C, D()).who())
print(D.mro() == list(D.__mro__), C.__bases__, D.__base__)
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class Helper:
    def method(self):
        return super().method()
class Broken(Helper):
    pass
Broken().method()
