class Base:
    def __init__(self):
        print("Base.__init__")
        super().__init__()

    def hello(self):
        return ["Base"]

class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()

    def hello(self):
        return ["Left"] + super().hello()

class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()

    def hello(self):
        return ["Right"] + super().hello()

class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()

    def hello(self):
        return ["Child"] + super().hello()

c = Child()
print(c.hello())
print([k.__name__ for k in Child.__mro__])
print(Child.mro() == list(Child.__mro__))
print(super(Left, c).hello())
print(super(Child, c).hello.__qualname__)

class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
