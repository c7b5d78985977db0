# Template method pattern with abc: abstract steps, a concrete algorithm and a half-finished subclass.
from abc import ABC, abstractmethod

class Beverage(ABC):
    def prepare(self):
        steps = [self.boil(), self.brew(), self.pour()]
        if self.wants_extras():
            steps.append(self.add_extras())
        return " -> ".join(steps)
    def boil(self):
        return "boil water"
    def pour(self):
        return "pour"
    def wants_extras(self):
        return True
    @abstractmethod
    def brew(self): ...
    @abstractmethod
    def add_extras(self): ...

class Tea(Beverage):
    def brew(self): return "steep tea"
    def add_extras(self): return "lemon"

class Coffee(Beverage):
    def brew(self): return "drip coffee"
    def add_extras(self): return "milk"
    def wants_extras(self): return False

class Cocoa(Beverage):
    def brew(self): return "stir cocoa"

for cls in (Tea, Coffee):
    print(f"{cls.__name__:<7}{cls().prepare()}")
print(sorted(Beverage.__abstractmethods__), Cocoa.__abstractmethods__)
print(Tea.__mro__)
print(isinstance(Tea(), Beverage), issubclass(Cocoa, ABC))
Cocoa().prepare()
