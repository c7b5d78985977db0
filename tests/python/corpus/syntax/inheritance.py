# Inheritance: overriding, super(), isinstance/issubclass, multiple inheritance order.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'

class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog, an ' + super().kind()

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f' (aged {self.age})'

for pet in (Animal('generic'), Dog('Rex'), Puppy('Bit', 1)):
    print(pet.speak(), '|', pet.kind())

print(isinstance(Puppy('x', 0), Animal), issubclass(Dog, Puppy))
print([c.__name__ for c in Puppy.__mro__])

class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B>' + super().who()
class C(A):
    def who(self): return 'C>' + super().who()
class D(B, C):
    def who(self): return 'D>' + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print(Dog.__bases__[0].__name__)
