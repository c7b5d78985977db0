class Dog:
    species = "canis"
    tricks = []

    def __init__(self, name):
        self.name = name

    def add_trick(self, trick):
        self.tricks.append(trick)

a, b = Dog("a"), Dog("b")
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks, a.tricks is Dog.tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species)
print(vars(a), vars(b))
del a.species
print(a.species)
Dog.species = "c. familiaris"
print(a.species, b.species)
try:
    del a.species
except AttributeError as e:
    print(e)

class Counter:
    n = 0
    def inc(self):
        self.n += 1
        return self.n

c1, c2 = Counter(), Counter()
print(c1.inc(), c1.inc(), c2.inc(), Counter.n)
print(c1.__dict__, "n" in Counter.__dict__)
print(Dog.__dict__["species"], type(Dog.__dict__).__name__)
try:
    Dog.__dict__["x"] = 1
except TypeError as e:
    print(e)
