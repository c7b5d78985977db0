class Counter:
    total = 0
    tags = []

    def __init__(self, name):
        self.name = name

    def bump(self):
        self.total += 1
        return self.total

a, b = Counter("a"), Counter("b")
print(a.bump(), a.bump(), b.bump())
print(Counter.total, a.total, b.total)
print(vars(a), vars(b))
a.tags.append("shared!")
print(b.tags, Counter.tags)
b.tags = ["own"]
print(a.tags, b.tags, Counter.tags)
Counter.total = 100
c = Counter("c")
print(c.total, a.total)
del a.total
print(a.total)
print("total" in vars(Counter), "name" in vars(Counter))
print(sorted(k for k in vars(Counter) if not k.startswith("__")))
try:
    del a.total
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, "missing", "default"))
print(c.missing)
