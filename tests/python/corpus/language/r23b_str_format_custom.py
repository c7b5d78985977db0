from datetime import date

class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency
    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:.0f}{self.currency[0]}"
        if spec.endswith("c"):
            return f"{format(self.amount, spec[:-1] or '.2f')} {self.currency}"
        return format(self.amount, spec)
    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

m = Money(1234.5)
print(f"{m}", f"{m!r}", f"{m:short}", f"{m:,.1fc}", f"{m:c}", f"{m:>10.1f}|")
print("{} | {0!r} | {0:short}".format(m) if False else "{0} | {0!r} | {0:short}".format(m))
print("{m.currency} {m.amount:.1f}".format(m=m))
print("{0[1]} {1[key]} {0[0]:>3}".format(["a", "b"], {"key": "v"}))
print("{:^10}|{:<5}|{:>5}".format("mid", 1, 2))
print("%s has %d items costing %.2f (%r)" % ("cart", 3, 9.5, "x"))
print("%(name)s is %(age)03d" % {"name": "ann", "age": 7})
print(format(date(2024, 3, 5), "%d/%m/%Y"), f"{date(2024, 1, 2):%b %d}")
print(format(0.5, ".1%"), format(1e6, ".2e"), format(12, "x"), format("s", "*>4"))
print(str.format("{}-{}", *"ab"), "{!s:>4}".format(None))
class Plain:
    pass
try:
    format(Plain(), "d")
except TypeError as e:
    print("TypeError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{name}".format(nam=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
"{0} {}".format(1, 2)
