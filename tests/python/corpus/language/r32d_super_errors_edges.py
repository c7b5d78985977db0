# super() edge cases: in a classmethod, in a staticmethod, in a nested function, and with explicit args
class Base:
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"

    def hello(self):
        return "base hello"


class Child(Base):
    @classmethod
    def create(cls):
        return "Child -> " + super().create()

    def hello(self):
        helpers = [lambda: super(Child, self).hello()]
        return "child + " + helpers[0]()

    def nested(self):
        def inner():
            return super().hello()
        return inner()


print(Child.create(), Child().hello(), super(Child, Child()).hello())
print(super(Child, Child).create(), type(super(Child, Child())).__name__)
try:
    Child().nested()
except RuntimeError as e:
    print("RuntimeError:", e)
except TypeError as e:
    print("TypeError:", e)


def free():
    return super().hello()


free()
