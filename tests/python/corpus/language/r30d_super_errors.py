# super() mistakes: in a staticmethod, outside a class, with the wrong type, and a missing parent method
class Base:
    def hello(self):
        return "base hello"


class Child(Base):
    def hello(self):
        return "child+" + super().hello()

    def bye(self):
        return super().bye()

    @staticmethod
    def static():
        return super().hello()


print(Child().hello(), super(Child, Child()).hello())
for f in [lambda: Child().bye(), lambda: Child.static(), lambda: super(Base, Child()).hello(),
          lambda: super(Child, Base()).hello(), lambda: super(int, 5).__add__(1)]:
    try:
        print(f())
    except (AttributeError, RuntimeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


def loose():
    return super().x


loose()
