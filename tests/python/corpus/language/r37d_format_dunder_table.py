# Objects with __format__ in f-string tables: custom specs, fallbacks to object.__format__ and errors.
class Money:
    def __init__(self, cents, cur="EUR"):
        self.cents, self.cur = cents, cur
    def __format__(self, spec):
        if spec == "short":
            return f"{self.cents / 100:.0f}{self.cur[0]}"
        num = format(self.cents / 100, spec or ",.2f")
        return f"{num} {self.cur}"
    def __str__(self):
        return f"{self.cents / 100:.2f} {self.cur}"
    def __repr__(self):
        return f"Money({self.cents}, {self.cur!r})"

rows = [("rent", Money(120000)), ("food", Money(45050)), ("fun", Money(999, "USD"))]
for name, m in rows:
    print(f"{name:<6}|{m:>12}|{m:short}|{m!s:>12}|{m:12.1f}")
print("{0:short} and {0}".format(Money(250)), format(Money(5), ""))
class Plain:
    pass
print(f"{Plain()!s:.0}|{format(Plain(), '')[:1]}")
for bad in (lambda: f"{Plain():>10}", lambda: format(Money(1), "q"), lambda: f"{3:short}"):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(f"{Money(1)=}", f"{Money(150)=:short}")
