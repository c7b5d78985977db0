# Class attributes versus instance attributes: shared mutable lists, shadowing and counting
class Dog:
    species = "canis"
    tricks = []
    count = 0

    def __init__(self, name):
        self.name = name
        Dog.count += 1

    def add_trick(self, trick):
        self.tricks.append(trick)


a, b = Dog("rex"), Dog("fido")
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks is a.tricks, Dog.count)
a.species = "wolf"
print(a.species, b.species, Dog.species, "species" in vars(a), "species" in vars(b))
del a.species
print(a.species, vars(a), sorted(k for k in vars(Dog) if not k.startswith("__")))
Dog.species = "lupus"
print(b.species, getattr(a, "age", "no age"), hasattr(Dog, "name"))
setattr(b, "age", 3)
print(b.__dict__, Dog.__dict__["count"], type(Dog.__dict__).__name__)
print(a.age)
