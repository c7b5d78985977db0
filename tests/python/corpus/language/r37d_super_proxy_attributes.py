# What super() objects are: their class, repr-free attributes, and methods found past the current class.
class A:
    greeting = "A-hello"
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return f"made {cls.__name__}"

class B(A):
    greeting = "B-hello"
    def who(self):
        return "B>" + super().who()
    @classmethod
    def make(cls):
        return "B:" + super().make()

class C(B):
    def who(self):
        return "C>" + super().who()

c = C()
sp = super(C, c)
print(type(sp).__name__, sp.__class__.__name__, sp.greeting, super(B, c).greeting)
print(c.who(), sp.who(), super(B, c).who(), C.make(), super(C, C).make())
print(sp.__self__ is c, sp.__self_class__.__name__, sp.__thisclass__.__name__)
print(isinstance(sp, super), hasattr(sp, "who"), getattr(super(A, c), "who", "none"))
try:
    super(A, c).who()
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(C, 5)
except TypeError as e:
    print("TypeError:", e)
def free():
    return super().who()
free()
