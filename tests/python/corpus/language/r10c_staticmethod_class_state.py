class Temperature:
    unit = "C"
    _instances = []

    def __init__(self, value):
        self.value = value
        type(self)._instances.append(self)

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def set_unit(cls, unit):
        cls.unit = unit

    @classmethod
    def count(cls):
        return len(cls._instances)

    def show(self):
        v = self.value if self.unit == "C" else self.c_to_f(self.value)
        return f"{v:.1f}{self.unit}"

class Kelvinish(Temperature):
    pass

a = Temperature(100)
k = Kelvinish(0)
print(a.show(), k.show())
Kelvinish.set_unit("F")
print(a.show(), k.show(), Temperature.unit, Kelvinish.unit)
print(Temperature.count(), Kelvinish.count())
print(Temperature.c_to_f(-40), a.c_to_f(0))
sm = staticmethod(len)
print(sm("abc") if callable(sm) else "not callable")
print(type(sm).__name__, sm.__func__)
print(classmethod(len).__func__)
Temperature.show()
