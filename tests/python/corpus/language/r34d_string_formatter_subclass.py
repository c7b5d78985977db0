# A string.Formatter subclass adding an !u conversion and a :money format, plus vformat checks
import string

class MyFormatter(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, spec):
        if spec == "money":
            return f"${value:,.2f}"
        return super().format_field(value, spec)

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)

f = MyFormatter()
print(f.format("{name!u} owes {amount:money} ({0:>5})", "n/a", name="ann", amount=1234.5))
print(f.format("{missing} and {name!r}", name="x"))
print(list(string.Formatter().parse("a{0:>3}b{x!r}c{{d}}")))
print(string.Formatter().vformat("{0}-{k}", ("p",), {"k": "q"}))
try:
    f.format("{0!z}", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
print("{0.real} {0.imag} {1[1]} {2[key]}".format(3, "xy", {"key": "v"}))
