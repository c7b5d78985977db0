# A Temperature class with a validated property and a computed fahrenheit view
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
        self._celsius = float(value)

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    def __repr__(self):
        return f"Temperature({self._celsius!r})"


t = Temperature(21.5)
print(t, t.fahrenheit)
t.celsius = 100
print(t, f"{t.fahrenheit:.1f}F")
try:
    t.fahrenheit = 10
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.celsius.fset.__name__)
t.celsius = -300
