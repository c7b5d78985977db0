# Properties with validation: a Temperature with celsius and a computed fahrenheit.
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 2))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
class ReadOnly:
    @property
    def x(self):
        return 42
r = ReadOnly()
try:
    r.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, vars(t))
