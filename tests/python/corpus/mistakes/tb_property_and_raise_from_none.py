class Temperature:
    def __init__(self, celsius):
        if celsius < -273.15:
            raise ValueError("below absolute zero")
        self.celsius = celsius
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32 + self.offset
t = Temperature(20)
try:
    print(t.fahrenheit)
except AttributeError as e:
    print("AttributeError:", e)
def convert(x):
    try:
        return int(x)
    except ValueError:
        raise TypeError(f"cannot convert {x!r}") from None
try:
    convert("x")
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__)
Temperature(-300)
