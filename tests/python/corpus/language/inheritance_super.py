# Language: inheritance with super(), overriding, isinstance/issubclass and the MRO.
class Animal:
    sound = '...'

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f'{self.name} says {self.sound}'

    def __repr__(self):
        return f'{type(self).__name__}({self.name!r})'

class Dog(Animal):
    sound = 'woof'

    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)

    def speak(self):
        return super().speak() + '!'

class Puppy(Dog):
    def speak(self):
        return super().speak().upper()

pets = [Animal('generic'), Dog('rex', ['sit']), Puppy('bit')]
for p in pets:
    print(repr(p), p.speak(), isinstance(p, Dog), type(p) is Dog)
print(issubclass(Puppy, Animal), Puppy.__mro__)
print([c.__name__ for c in Puppy.mro()], Puppy.__bases__, Dog.__name__)
print(pets[2].tricks, hasattr(pets[0], 'tricks'), getattr(pets[0], 'tricks', None))
