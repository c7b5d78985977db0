# singledispatchmethod on instance methods and classmethods for a units converter
from functools import singledispatchmethod

class Converter:
    factor = 2.54

    @singledispatchmethod
    def to_cm(self, value):
        raise TypeError(f"cannot convert {type(value).__name__}")

    @to_cm.register
    def _(self, value: int):
        return f"{value} in = {value * self.factor:.2f} cm"

    @to_cm.register(float)
    def _(self, value):
        return f"{value:.1f} in = {value * self.factor:.3f} cm"

    @to_cm.register
    def _(self, value: str):
        return self.to_cm(float(value.rstrip('"')))

    @singledispatchmethod
    @classmethod
    def describe(cls, arg):
        return f"{cls.__name__}: something"

    @describe.register
    @classmethod
    def _(cls, arg: list):
        return f"{cls.__name__}: list of {len(arg)}"

c = Converter()
print(c.to_cm(10), c.to_cm(2.5), c.to_cm('12"'))
print(Converter.describe(1), Converter.describe([1, 2]), c.describe({}))
try:
    c.to_cm(None)
except TypeError as e:
    print("TypeError:", e)
