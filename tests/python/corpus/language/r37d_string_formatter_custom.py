# A string.Formatter subclass with custom conversions and fields, plus format_map with a default dict.
import string

class Fmt(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)

f = Fmt()
print(f.format("{0!u} and {name!l} and {missing}", "shout", name="QUIET"))
print(f.format("{:>8}|{x:^7.2f}|{0!r}", "pad", x=3.14159))
print(list(string.Formatter().parse("a{0}b{x!r:>4}c{{d}}")))

class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"

print("{greet}, {who}! {greet}".format_map(Default(greet="Hi")))
print("{0[1]} {p.real} {d[k]}".format([5, 6], p=3, d={"k": "v"}))
print("{:{fill}{align}{w}}".format("x", fill="-", align="^", w=9))
print(string.capwords("hello   wide world"), string.ascii_letters[20:30], string.punctuation[:8])
try:
    f.format("{0!z}", 1)
except ValueError as e:
    print(e)
"{0} {}".format(1, 2)
