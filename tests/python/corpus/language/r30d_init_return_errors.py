# Class-definition mistakes: __init__ returning a value, missing self, calling an instance, bad super
class Box:
    def __init__(self, size):
        self.size = size
        return self


class NoSelf:
    def greet():
        return "hi"


class Base:
    def __init__(self, a):
        self.a = a


class Child(Base):
    def __init__(self):
        super().__init__()


for make in [lambda: Box(3), lambda: NoSelf().greet(), lambda: Child(), lambda: Base(1)(),
             lambda: Base(), lambda: NoSelf.greet(), lambda: Base.__init__(1)]:
    try:
        print("ok:", make())
    except TypeError as e:
        print("TypeError:", e)


class Late:
    def method(self):
        return self.value


Late().method()
