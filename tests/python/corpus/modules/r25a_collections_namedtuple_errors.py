from collections import namedtuple

Card = namedtuple("Card", "rank suit")
c = Card("A", "spades")
print(c)
try:
    Card("K")
except TypeError as e:
    print("TypeError:", e)
try:
    c._replace(colour="red")
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", ["ok", "def"])
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", ["a", "a"])
except ValueError as e:
    print("ValueError:", e)
print(c.colour)
