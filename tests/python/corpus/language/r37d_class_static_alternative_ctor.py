# A Temperature class with classmethod constructors, staticmethod converters and subclass-aware repr.
class Temperature:
    scale = "C"
    def __init__(self, celsius):
        self.celsius = float(celsius)
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(cls.f_to_c(f))
    @classmethod
    def parse(cls, text):
        value, unit = text[:-1], text[-1].upper()
        if unit == "F":
            return cls.from_fahrenheit(float(value))
        if unit == "C":
            return cls(value)
        raise ValueError(f"unknown unit {unit!r} in {text!r}")
    @staticmethod
    def f_to_c(f):
        return (f - 32) * 5 / 9
    def __repr__(self):
        return f"{type(self).__name__}({self.celsius:.1f}°{self.scale})"
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.celsius * 9 / 5 + 32, spec[:-1] or ".1f") + "°F"
        return format(self.celsius, spec or ".1f") + "°C"

class Kelvin(Temperature):
    scale = "K"
    def __repr__(self):
        return f"Kelvin({self.celsius + 273.15:.2f})"

print(Temperature.parse("98.6F"), Temperature.parse("20c"), Kelvin.from_fahrenheit(32))
t = Temperature(36.6)
print(f"{t} | {t:.3f} | {t:F} | {t:.0F} | {t!r}")
print(Temperature.f_to_c(212), t.f_to_c(50), type(Temperature.__dict__["parse"]).__name__)
print(Kelvin.parse("0C"), type(Kelvin.parse("0C")).__name__)
print(format(t, "08.2f"), "{:F}".format(Kelvin(100)))
Temperature.parse("300K")
