# Properties: read-only, a deleter, property() called directly, errors on set and delete.
class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    def _get_k(self):
        return self._c + 273.15

    kelvin = property(_get_k, doc="in kelvin")

t = Temperature(20)
print(t.celsius, t.fahrenheit, t.kelvin, Temperature.kelvin.__doc__)
t.celsius = 25
print(t.fahrenheit)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.kelvin
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Temperature.celsius, property), Temperature.celsius.fset.__name__)
