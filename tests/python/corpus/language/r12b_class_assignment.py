class Cat:
    def speak(self): return "meow"
class Dog:
    def speak(self): return "woof"
class Robot:
    __slots__ = ("id",)
class WithDel:
    def __del__(self): print("del")
pet = Cat()
print(pet.speak())
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__)
for target in (Robot, int, 5, WithDel):
    try:
        pet.__class__ = target
        print("now", type(pet).__name__)
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
try:
    del pet.__class__
except TypeError as e:
    print(e)
pet.__dict__ = {"name": "rex"}
print(pet.name, vars(pet))
for bad in ([("a", 1)], None):
    try:
        pet.__dict__ = bad
    except TypeError as e:
        print(e)
try:
    del pet.__dict__
except TypeError as e:
    print(e)
class State:
    def __init__(self): self.__class__ = Idle
class Idle(State):
    def next(self):
        self.__class__ = Busy
        return "idle -> busy"
class Busy(State):
    def next(self):
        self.__class__ = Idle
        return "busy -> idle"
s = State()
print(type(s).__name__, s.next(), s.next(), s.next(), type(s).__name__)
r = Robot()
try:
    r.__dict__ = {}
except AttributeError as e:
    print(e)
(1).__class__ = bool
