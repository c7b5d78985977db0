# __str__, __repr__ and __format__ side by side, in containers, f-strings and format().
class Temp:
    def __init__(self, celsius):
        self.c = celsius

    def __repr__(self):
        return f"Temp({self.c!r})"

    def __str__(self):
        return f"{self.c}°C"

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("K"):
            return format(self.c + 273.15, spec[:-1] + "f") + "K"
        return format(str(self), spec)

t = Temp(21.5)
print(t, repr(t), [t], {"now": t}, (t,))
print(f"{t}", f"{t!r}", f"{t!s:>10}|", f"{t:.1F}", f"{t:>12.2K}|", f"{t:*^12}")
print(format(t, ".0F"), "{0:.3K} / {0!r}".format(t), str(t), ascii(t), f"{t!a}")

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<é>"

o = OnlyRepr()
print(o, str(o), f"{o}", ascii(o), [o])

class NoFormat:
    pass

try:
    format(NoFormat(), "10")
except TypeError as e:
    print("TypeError:", e)
print(format(NoFormat(), "") == str(NoFormat()) is False)
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), ascii("café ☕"))
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
print(f"{BadStr()!r:.8}")
