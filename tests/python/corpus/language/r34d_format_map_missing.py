# str.format_map with a dict subclass that fills in missing keys, and vars() of an object
class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"

template = "Dear {title} {name}, your order {order_id} ships {when}."
print(template.format_map(Default(name="Ann", order_id=42)))
print(template.format_map(Default(title="Dr", name="Bo", order_id=7, when="today")))

class Order:
    def __init__(self):
        self.order_id = 99
        self.name = "Cy"
print("{name}#{order_id}".format_map(vars(Order())))
try:
    template.format(name="x")
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {1}".format_map({"0": "zero"})
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)
from collections import defaultdict
print("{a}-{b}-{c}".format_map(defaultdict(lambda: "?", a=1)))
print("%(a)s and %(b)05.1f" % {"a": "x", "b": 3.14159})
