# Changing an object's __class__ at runtime for a state machine, and the errors when it is not allowed
class Closed:
    def handle(self):
        self.__class__ = Open
        return "opening"


class Open:
    def handle(self):
        self.__class__ = Closed
        return "closing"


class Door(Closed):
    pass


d = Closed()
for _ in range(3):
    print(type(d).__name__, "->", d.handle())
print(type(d).__name__, isinstance(d, Closed))
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
try:
    d.__class__ = 5
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("a",)


Slotted().__class__ = Closed
