# format_map and a defaulting dict
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
tmpl = "Dear {title} {name}, your order {order_id} ships {when}."
print(tmpl.format_map(Default(name="Kim", order_id=1042)))
print(tmpl.format_map(Default()))
data = {"w": 10, "v": 3.14159}
print("{v:{w}.3f}|".format_map(data))
print("{0}".format_map({}) if False else "skip positional")
try:
    print("{missing}".format_map({}))
except KeyError as e:
    print("KeyError:", e)
try:
    print("{0}".format_map({"0": "zero"}))
except Exception as e:
    print(type(e).__name__ + ":", e)
import string
f = string.Formatter()
print(list(f.parse("a{0:>3}b{name!r}c{{d}}")))
print(f.format("{0}-{x}", 1, x=2))
print(string.Template("$who likes $$ and ${what}s").substitute(who="Tim", what="kipper"))
print(string.Template("$a $b").safe_substitute(a=1))
