from functools import total_ordering

@total_ordering
class Grade:
    order = "FDCBA"
    def __init__(self, letter):
        self.letter = letter
    def __eq__(self, other):
        if isinstance(other, str):
            return self.letter == other
        if isinstance(other, Grade):
            return self.letter == other.letter
        return NotImplemented
    def __lt__(self, other):
        if isinstance(other, Grade):
            return self.order.index(self.letter) < self.order.index(other.letter)
        return NotImplemented
    def __hash__(self):
        return hash(self.letter)
    def __repr__(self):
        return f"Grade({self.letter})"

gs = [Grade(c) for c in "BAFC"]
print(sorted(gs), max(gs), min(gs))
print(Grade("A") == "A", "A" == Grade("A"), Grade("A") != "B")
print(Grade("B") > Grade("C"), Grade("B") >= Grade("B"), Grade("F") <= Grade("D"))
print(Grade("A") in ["A"], gs.index("F"), gs.count(Grade("B")))
print({Grade("A"), Grade("A")}, "A" in {Grade("A")})

class Reflect:
    def __lt__(self, other):
        print("  Reflect.__lt__")
        return True
    def __gt__(self, other):
        print("  Reflect.__gt__")
        return False
print(5 < Reflect(), Reflect() > 5, 5 > Reflect())
class OnlyEq:
    def __eq__(self, other):
        print("  OnlyEq.__eq__ called")
        return NotImplemented
print(OnlyEq() == OnlyEq(), OnlyEq() != 3)
for a, b in [(Grade("A"), 3), (3, Grade("A"))]:
    try:
        a < b
    except TypeError as e:
        print("TypeError:", e)
print(Grade("A") <= "A")
