# int and str subclasses: arithmetic returns the base type, repr overrides, bool not subclassable.
class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"
    def __add__(self, other):
        return Meters(int(self) + other)

class Shout(str):
    def __str__(self):
        return self.upper() + "!"

m = Meters(5)
print(m, repr(m), m + 3, repr(m + 3), repr(3 + m), repr(m * 2), type(m - 1).__name__)
print(isinstance(m, int), m == 5, hash(m) == hash(5), f"{m}", f"{m!r}", f"{m:>4}")
s = Shout("hey")
print(s, repr(s), s + " you", type(s + " you").__name__, s.upper(), type(s.upper()).__name__, f"{s}", f"{s!s}")
print(True + True, True * 10, sum([True, False, True]), True / 2, ~True, -False, True & False, True ^ True)
print(int.__str__(True), bool.__repr__(False), str(True), f"{True:>6}", f"{True:d}", format(False, "5"))
try:
    class Maybe(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, value)
print(Celsius(21.5), Celsius(21.5) + 1, type(Celsius(1) + 1).__name__, round(Celsius(2.567), 1))
Celsius(-300)
