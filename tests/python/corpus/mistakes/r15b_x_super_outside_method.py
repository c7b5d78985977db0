# Mistake: super() called in a plain function that is later attached to a class.
class Base:
    def greet(self):
        return "hello"

def greet(self):
    return super().greet() + "!"

class Child(Base):
    pass

Child.greet = greet
print(Base().greet())
print(Child().greet())
