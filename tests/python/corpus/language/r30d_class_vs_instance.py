# Class attributes versus instance attributes, the shared mutable trap, and __dict__
class Dog:
    species = "canis familiaris"
    tricks = []

    def __init__(self, name):
        self.name = name

    def add_trick(self, trick):
        self.tricks.append(trick)


a, b = Dog("Rex"), Dog("Fido")
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks is a.tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species)
print(sorted(vars(a)), sorted(k for k in vars(Dog) if not k.startswith("__")))
del a.species
print(a.species)
Dog.species = "dog"
print(b.species, getattr(b, "age", "unknown"), hasattr(b, "name"))
setattr(b, "age", 3)
print(b.age, b.__dict__)
print(type(Dog.__dict__).__name__)
del a.species
