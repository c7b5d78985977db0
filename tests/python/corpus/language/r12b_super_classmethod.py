class Base:
    @classmethod
    def create(cls, *args):
        print(f"Base.create for {cls.__name__}")
        return cls(*args)
    def __init__(self, *args):
        self.args = args
    def __repr__(self):
        return f"{type(self).__name__}{self.args}"

class Child(Base):
    @classmethod
    def create(cls, *args):
        print(f"Child.create for {cls.__name__}")
        return super().create(*args, "extra")

class GrandChild(Child):
    pass

print(Child.create(1))
print(GrandChild.create(2))
print(super(Child, GrandChild).create(3))

class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
    def other(self):
        return super(B, self).who()
b = B()
print(b.who(), b.other(), super(B, b).who())
def outside():
    return super().who()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
class C(B):
    def who(self):
        return "C>" + super(A, self).who()
C().who()
