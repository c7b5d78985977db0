class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
        print(f"Animal.__init__({name!r})")
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    sound = "woof"
    def __init__(self, name, tricks=None):
        super().__init__(name)
        self.tricks = list(tricks or [])
        print("Dog.__init__ done")
    def speak(self):
        base = super().speak()
        return base + "!" * len(self.tricks)

class Puppy(Dog):
    def speak(self):
        return super().speak().upper()

for a in [Animal("generic"), Dog("rex", ["sit", "roll"]), Puppy("bit")]:
    print(repr(a), "->", a.speak())
print(Puppy.__mro__)
print([c.__name__ for c in Puppy.mro()])
print(issubclass(Puppy, Animal), isinstance(Dog("x"), Puppy))
print(Puppy.sound, Animal.sound)
