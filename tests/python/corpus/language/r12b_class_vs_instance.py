class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)

a, b = Dog("rex"), Dog("fido")
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks, a.tricks is Dog.tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
Dog.species = "canis lupus"
print(a.species, b.species)
print("species" in vars(a), "name" in vars(a))
print(sorted(k for k in vars(Dog) if not k.startswith("__")))

class Counter:
    n = 0
    def bump(self):
        self.n += 1
        return self.n
c1, c2 = Counter(), Counter()
print(c1.bump(), c1.bump(), c2.bump(), Counter.n)
try:
    del b.species
except AttributeError as e:
    print("AttributeError:", e)
print(Dog.name)
