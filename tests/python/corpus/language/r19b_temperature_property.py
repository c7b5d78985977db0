# A Temperature class with properties, validation, deleter, class/static methods
class Temperature:
    ABSOLUTE_ZERO = -273.15
    count = 0

    def __init__(self, celsius=0.0):
        self.celsius = celsius
        Temperature.count += 1

    @property
    def celsius(self):
        """Temperature in degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"expected a number, got {type(value).__name__}")
        if value < self.ABSOLUTE_ZERO:
            raise ValueError(f"{value} is below absolute zero")
        self._c = float(value)

    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = 0.0

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32,
                          lambda self, f: setattr(self, "celsius", (f - 32) * 5 / 9))

    @property
    def kelvin(self):
        return round(self._c - self.ABSOLUTE_ZERO, 2)

    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t

    @staticmethod
    def describe(c):
        return "freezing" if c <= 0 else "cold" if c < 10 else "mild" if c < 25 else "hot"

    def __repr__(self):
        return f"Temperature({self._c:.1f}°C / {self.fahrenheit:.1f}°F / {self.kelvin}K)"

t = Temperature(25)
print(t, Temperature.describe(t.celsius))
t.fahrenheit = 14
print(t, t.describe(t.celsius), Temperature.from_fahrenheit(212))
del t.celsius
print(t.celsius, Temperature.count, Temperature.celsius.__doc__, type(Temperature.kelvin).__name__)
for bad in ("hot", -300, None):
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t.kelvin = 5
