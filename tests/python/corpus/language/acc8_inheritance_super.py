# Inheritance with super(), overriding and isinstance.
class Animal:
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __str__(self):
        return f"<{type(self).__name__} {self.name}>"

class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")

    def speak(self):
        return super().speak() + "!"

class Puppy(Dog):
    def speak(self):
        return super().speak().upper()

animals = [Animal("generic"), Dog("rex"), Puppy("bit")]
for a in animals:
    print(a, a.speak(), isinstance(a, Dog), type(a).__mro__[1].__name__)
print(issubclass(Puppy, Animal), Puppy.__bases__, [c.__name__ for c in Puppy.mro()])
print(str(animals[1]), repr(animals[0])[:17])
