# A Temperature class with __format__ supporting its own spec letters, used in f-strings and format()
class Temperature:
    def __init__(self, celsius):
        self.c = celsius
    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CFK" else "C"
        num_spec = spec[:-1] if spec and spec[-1] in "CFK" else spec
        value = {"C": self.c, "F": self.c * 9 / 5 + 32, "K": self.c + 273.15}[unit]
        return format(value, num_spec or ".1f") + ("°" + unit if unit != "K" else " K")
    def __str__(self):
        return f"{self:C}"
    def __repr__(self):
        return f"Temperature({self.c!r})"

t = Temperature(21.5)
print(f"{t}", f"{t:F}", f"{t:.0K}", f"{t:>8.2C}", str(t), repr(t))
print(format(t, "F"), "{:.3F}".format(t), "{0!r} {0!s}".format(t))
print([f"{Temperature(x):.0F}" for x in (-40, 0, 100)])

class NoFormat:
    pass
print(format(NoFormat(), "") == str(NoFormat()) or "differs")
try:
    format(NoFormat(), ">10")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{t:xyz}"
except ValueError as e:
    print("ValueError:", e)
