# Strategy pattern: picking pricing rules from callables, lambdas and callable objects.
from functools import partial

def no_discount(total):
    return total

def percent_off(pct, total):
    return round(total * (1 - pct / 100), 2)

class BulkDiscount:
    def __init__(self, threshold, amount):
        self.threshold, self.amount = threshold, amount
    def __call__(self, total):
        return total - self.amount if total >= self.threshold else total
    def __repr__(self):
        return f"BulkDiscount(>={self.threshold}: -{self.amount})"

STRATEGIES = {
    "none": no_discount,
    "ten": partial(percent_off, 10),
    "half": lambda t: t / 2,
    "bulk": BulkDiscount(100, 15),
}
for total in (40, 120):
    row = {name: fn(total) for name, fn in STRATEGIES.items()}
    print(total, row)
best = min(STRATEGIES.items(), key=lambda kv: kv[1](120))
print("best for 120:", best[0], best[1](120))
print([getattr(f, "__name__", type(f).__name__) for f in STRATEGIES.values()])
def apply_all(total, *rules):
    for rule in rules:
        total = rule(total)
    return total
print(apply_all(200, STRATEGIES["ten"], STRATEGIES["bulk"]), apply_all(200))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
tokens = "3 + 4 * 2 - 1".split()
acc = int(tokens[0])
for op, num in zip(tokens[1::2], tokens[2::2]):
    acc = ops[op](acc, int(num))
print(acc)
try:
    STRATEGIES["bogus"](10)
except KeyError as e:
    print("KeyError:", e)
STRATEGIES["bulk"]("100")
