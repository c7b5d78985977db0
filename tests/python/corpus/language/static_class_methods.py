# Language: static methods, class methods as alternative constructors, and class counters.
class Temperature:
    count = 0

    def __init__(self, celsius):
        self.celsius = celsius
        Temperature.count += 1

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))

    @staticmethod
    def is_freezing(c):
        return c <= 0

    def __repr__(self):
        return f'{type(self).__name__}({self.celsius})'

class Kelvin(Temperature):
    def __repr__(self):
        return f'{self.celsius + 273.15:.2f} K'

t = Temperature.from_fahrenheit(212)
k = Kelvin.from_fahrenheit(32)
print(t, k, Temperature.count, Temperature.is_freezing(k.celsius), t.is_freezing(5))
print(type(k).__name__, isinstance(k, Temperature), Kelvin.count, Kelvin.from_fahrenheit)
