# class Inventory(dict): super().__init__, attributes of its own, repr, ==, json, len, iteration; __missing__ (d[k] only).
import json

class Inventory(dict):
    def __init__(self, owner, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner

    def total(self):
        return sum(self.values())

inv = Inventory("ada", {"apple": 3}, pear=2)
inv["plum"] = 5
print(inv, len(inv), inv.total(), inv.owner)
print(isinstance(inv, dict), type(inv).__name__, type(inv).__mro__)
print(inv == {"apple": 3, "pear": 2, "plum": 5}, {"apple": 3, "pear": 2, "plum": 5} == inv, inv != {})
print(json.dumps(inv), json.dumps({"inv": inv}, sort_keys=True))
print(list(inv), sorted(inv.items()), [k for k in inv], "apple" in inv, "fig" in inv)
print(vars(inv), inv.__dict__)
print(repr(inv), str(inv), f"{inv}")
print(inv.get("fig"), inv.get("fig", 0), inv.pop("pear"), inv.setdefault("fig", 1), inv)
print(dict(inv), type(dict(inv)), inv.copy(), type(inv.copy()))
print(bool(Inventory("x")), bool(inv), hash.__name__)
try:
    hash(inv)
except TypeError as e:
    print("TypeError:", e)
try:
    inv["nope"]
except KeyError as e:
    print("KeyError:", e)

class Defaults(dict):
    def __missing__(self, key):
        print("missing", key)
        return key.upper()

d = Defaults(a="x")
print(d["a"], d["b"], d.get("c"), "b" in d, d)

