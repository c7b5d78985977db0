# inspect.getmembers with predicates, isfunction vs ismethod, getmro, getdoc, cleandoc
import inspect

class Animal:
    """A base class.

        Indented details here.
    """
    sound = "..."
    def speak(self):
        """Make a sound."""
        return self.sound
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def kinds():
        return ["dog"]
    @property
    def loud(self):
        return self.sound.upper()

class Dog(Animal):
    sound = "woof"

print([n for n, _ in inspect.getmembers(Dog, inspect.isfunction)])
print([n for n, _ in inspect.getmembers(Dog(), inspect.ismethod)])
print([n for n, v in inspect.getmembers(Dog) if isinstance(v, property)])
print(inspect.getmro(Dog))
print(repr(inspect.getdoc(Dog)))
print(inspect.cleandoc("   first\n      second\n    third"))
print(inspect.isclass(Dog), inspect.isroutine(len), inspect.isbuiltin(len), inspect.ismethod(Dog.create))
print(type(inspect.getattr_static(Dog, "create")).__name__, type(inspect.getattr_static(Dog, "kinds")).__name__)
print(inspect.getmembers_static(Dog, lambda v: isinstance(v, str))[:3] if hasattr(inspect, "getmembers_static") else None)
print(inspect.isabstract(Animal), inspect.isgeneratorfunction(Dog.speak))
