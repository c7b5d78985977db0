class Temperature:
    scale = "C"
    count = 0

    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.count += 1

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))

    @staticmethod
    def is_freezing(deg):
        return deg <= 0

    def __repr__(self):
        return f"{type(self).__name__}({self.degrees}{self.scale})"

class Kelvinish(Temperature):
    scale = "K?"

t = Temperature.from_fahrenheit(212)
k = Kelvinish.from_fahrenheit(32)
print(t, k)
print(Temperature.is_freezing(-1), t.is_freezing(t.degrees))
print(Temperature.count, Kelvinish.count)
print(type(Temperature.__dict__["from_fahrenheit"]).__name__)
print(type(Temperature.__dict__["is_freezing"]).__name__)
print(Temperature.from_fahrenheit.__self__ is Temperature)
print(Temperature.is_freezing.__qualname__, callable(Temperature.is_freezing))
print(Temperature.from_fahrenheit.__qualname__)
Temperature.__init__(t, 5)
print(t, Temperature.count)
Temperature.from_fahrenheit()
