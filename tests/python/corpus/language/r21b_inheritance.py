# tutorial 9.5: inheritance, overriding, calling the base method, isinstance/issubclass
class Base:
    def greet(self):
        return 'Base.greet -> ' + self.name()
    def name(self):
        return 'base'
class Derived(Base):
    def name(self):
        return 'derived'
    def greet(self):
        return 'Derived + ' + Base.greet(self)
print(Base().greet())
print(Derived().greet())
print(isinstance(Derived(), Base), issubclass(bool, int), issubclass(float, int))
print(issubclass(Derived, (int, Base)), isinstance(3, (str, float)))
print(Derived.__bases__, Derived.__mro__)
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        raise NotImplementedError('Subclass must implement')
class Cat(Animal):
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor
    def speak(self):
        return f'{self.name} says meow'
print(Cat('Tom', True).speak(), Cat('Tom', True).indoor)
Animal('x').speak()
