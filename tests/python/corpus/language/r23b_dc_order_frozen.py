from dataclasses import dataclass, FrozenInstanceError

@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str

hand = [Card(10, "h"), Card(2, "s"), Card(10, "c"), Card(14, "d")]
print(sorted(hand))
print(max(hand), Card(2, "s") < Card(2, "t"))
print(hash(Card(3, "x")) == hash(Card(3, "x")))
print(len({Card(1, "a"), Card(1, "a"), Card(2, "a")}))
c = hand[0]
try:
    c.rank = 11
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del c.suit
except AttributeError as e:
    print(type(e).__mro__[1].__name__, e)
print(isinstance(FrozenInstanceError(), AttributeError))

@dataclass
class Plain:
    x: int
print(Plain.__hash__)
print(Plain(1) == Plain(1), Plain(1) == (1,))
try:
    Plain(1) < Plain(2)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True)
    class Dup:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
Card(1, "a") < (1, "a")
