# eval with a custom locals mapping that computes missing names, and globals() edits
class Spreadsheet(dict):
    def __init__(self, **formulas):
        super().__init__()
        self.formulas = formulas

    def __missing__(self, key):
        if key in self.formulas:
            value = eval(self.formulas[key], {}, self)
            self[key] = value
            return value
        raise KeyError(key)


s = Spreadsheet(a="2", b="a * 10", c="a + b", d="max(a, b, c)")
print(s["c"], s["d"], sorted(s.items()))
print(eval("a + b + c", {}, s))
globals()["dynamic_name"] = "created via globals()"
print(dynamic_name)
del globals()["dynamic_name"]
print("dynamic_name" in globals())
ns = {"x": 5}
print(eval("x * y", ns, {"y": 3}), eval("[x for _ in range(2)]", ns), sorted(ns)[:2])
print(s["zzz"])
