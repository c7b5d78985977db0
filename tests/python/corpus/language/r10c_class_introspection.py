class Animal:
    """An animal."""
    legs = 4

    def speak(self):
        return "..."

class Bird(Animal):
    legs = 2

    def speak(self):
        return "tweet"

b = Bird()
print(type(b).__name__, type(b).__qualname__, b.__class__.__bases__)
print(Animal.__doc__, Bird.__doc__)
print(isinstance(b, Animal), issubclass(Bird, (int, Animal)))
print(Bird.speak.__qualname__, b.speak.__func__ is Bird.speak)
print(Bird.__module__, Bird.__name__)
print(getattr(b, "legs"), Animal.legs, super(Bird, b).speak())
print([name for name in vars(Bird) if not name.startswith("__")])
print(Animal.__subclasses__())
print(type(Animal), type(type), type(b.speak).__name__)
print(b.speak.__self__ is b)
print(Bird.__base__, object.__base__)
print(hasattr(Animal, "speak"), hasattr(b, "fly"))
setattr(Bird, "fly", lambda self: "flap")
print(b.fly())
print(isinstance(Bird, type), callable(Bird))
