# super() without arguments: works in methods, fails in plain functions and staticmethods
class Base:
    def greet(self):
        return "base"

class Child(Base):
    def greet(self):
        return "child+" + super().greet()
    def via_lambda(self):
        f = lambda: super().greet()
        return f()
    def via_comprehension(self):
        return [super().greet() for _ in range(2)]
    @staticmethod
    def static():
        return super().greet()

c = Child()
print(c.greet(), c.via_lambda(), c.via_comprehension())
print(super(Child, c).greet(), super(Base, c).__class__.__name__)
def loose(self):
    return super().greet()
Child.loose = loose
for name in ("static", "loose"):
    try:
        print(getattr(c, name)())
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
try:
    super(Base, Child).greet(c)
except AttributeError as e:
    print("AttributeError:", e)
print(Child.greet.__code__.co_freevars, repr(super(Child, c))[:28])
