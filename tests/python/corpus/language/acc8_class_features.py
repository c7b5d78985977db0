# A class with __repr__, __eq__, a property with a setter, classmethod and staticmethod.
class Temperature:
    count = 0

    def __init__(self, celsius):
        self.celsius = celsius
        Temperature.count += 1

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def valid(c):
        return c >= -273.15

    def __repr__(self):
        return f"{type(self).__name__}({self._c!r})"

    def __eq__(self, other):
        if not isinstance(other, Temperature):
            return NotImplemented
        return self._c == other._c

t = Temperature(100)
print(t, t.fahrenheit, Temperature.from_f(212), t == Temperature.from_f(212), t == 100)
print(Temperature.count, Temperature.valid(-300), t != Temperature(0))
try:
    t.celsius = -500
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
print(hash(t) if t.__hash__ else "unhashable", Temperature.__hash__)
