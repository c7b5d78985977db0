# Properties with validation: a Temperature class with celsius/fahrenheit and a read-only kelvin
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = float(value)

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    kelvin = property(lambda self: self._c + 273.15, doc="read-only")

    def __repr__(self):
        return f"Temperature({self._c:.2f}°C)"


t = Temperature(25)
print(t, t.fahrenheit, t.kelvin)
t.fahrenheit = 212
print(t, vars(t), Temperature.kelvin.__doc__, type(Temperature.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
print(Temperature.celsius.fset is not None, Temperature.kelvin.fset)
t.kelvin = 0
