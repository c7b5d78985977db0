from dataclasses import dataclass, field

@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    total: float = 0.0

a = Cart("ann")
b = Cart("bob")
a.items.append("apple")
print(a, b)
print(a.items is b.items, a.tags == b.tags)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Order:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    field(default=1, default_factory=int)
except ValueError as e:
    print("ValueError:", e)
@dataclass
class Counter:
    count: int = field(default=0, compare=False)
    name: str = "c"
print(Counter(5) == Counter(9), Counter(1, "a") == Counter(1, "b"))
