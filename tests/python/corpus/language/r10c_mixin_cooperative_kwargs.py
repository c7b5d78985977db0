class Named:
    def __init__(self, name, **kwargs):
        self.name = name
        super().__init__(**kwargs)

class Aged:
    def __init__(self, age, **kwargs):
        self.age = age
        super().__init__(**kwargs)

class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"

class Pet(ReprMixin, Named, Aged):
    def __init__(self, species, **kwargs):
        self.species = species
        super().__init__(**kwargs)

p = Pet(species="cat", name="Tom", age=3)
print(p)
print([c.__name__ for c in Pet.__mro__])
try:
    Pet(species="dog", name="Rex", age=2, color="brown")
except TypeError as e:
    print(e)
try:
    Pet(species="dog", name="Rex")
except TypeError as e:
    print(e)
Pet("x", "y")
