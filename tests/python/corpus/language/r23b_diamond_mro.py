class Base:
    def hello(self):
        print("Base.hello")
        return ["Base"]

class Left(Base):
    def hello(self):
        print("Left.hello")
        return ["Left"] + super().hello()

class Right(Base):
    def hello(self):
        print("Right.hello")
        return ["Right"] + super().hello()

class Child(Left, Right):
    def hello(self):
        print("Child.hello")
        return ["Child"] + super().hello()

print(Child().hello())
print([k.__name__ for k in Child.__mro__])
print(super(Left, Child()).hello())

class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
