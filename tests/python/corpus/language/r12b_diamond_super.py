class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
        super().__init__()
    def hello(self):
        return ["Base"]

class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left init", left)
        super().__init__(**kw)
    def hello(self):
        return ["Left"] + super().hello()

class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right init", right)
        super().__init__(**kw)
    def hello(self):
        return ["Right"] + super().hello()

class Child(Left, Right):
    def __init__(self, **kw):
        print("Child init")
        super().__init__(**kw)
    def hello(self):
        return ["Child"] + super().hello()

c = Child(left=1, right=2)
print(c.hello())
print([k.__name__ for k in Child.__mro__])
print(super(Left, c).hello())
print(Child.mro() == list(Child.__mro__))
class X(Right, Left): pass
print([k.__name__ for k in X.__mro__])
Child(left=1, right=2, extra=3)
