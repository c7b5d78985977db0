# Changing an object's __class__ at runtime (a state pattern), and where it is refused
class Closed:
    def open(self):
        print("opening")
        self.__class__ = Open
    def read(self):
        raise RuntimeError("file is closed")

class Open:
    def open(self):
        print("already open")
    def read(self):
        return "data"
    def close(self):
        print("closing")
        self.__class__ = Closed

f = Closed()
f.open()
print(f.read(), type(f).__name__, isinstance(f, Open))
f.open()
f.close()
try:
    f.read()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("a",)
class Other:
    pass
s = Slotted()
try:
    s.__class__ = Other
except TypeError as e:
    print("TypeError:", e)
try:
    f.__class__ = "Open"
except TypeError as e:
    print("TypeError:", e)
