# Dataclass ordering and equality across types, and combining with total_ordering by hand.
from dataclasses import dataclass, field
from functools import total_ordering

@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

@dataclass(order=True)
class Other:
    major: int
    minor: int = 0

print(Ver(1, 2) < Ver(1, 10), Ver(2) > Ver(1, 99), Ver(1, 0, "rc") == Ver(1, 0, "final"))
print(sorted([Ver(1, 5), Ver(0, 9), Ver(1, 0, "x")]), max(Ver(3), Ver(3, 1)))
print(Ver(1) == Other(1), Ver(1) != Other(1))
try:
    Ver(1) < Other(2)
except TypeError as e:
    print("TypeError:", e)
try:
    Ver(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True)
    class Bad:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(eq=False, order=True)
    class Bad2:
        x: int
except ValueError as e:
    print("ValueError:", e)
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError:", e)
@dataclass(repr=False)
class Secret:
    user: str
    token: str
    def __repr__(self):
        return f"Secret({self.user}, ***)"
print(Secret("ann", "abc123"), [Secret("bo", "x")])
print(Ver.__lt__.__qualname__, Ver(1, 2).__eq__(5))
