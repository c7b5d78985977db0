# Sorting objects by __lt__ only, reflected comparisons, NotImplemented and the error message.
class Card:
    order = "23456789TJQKA"
    def __init__(self, face):
        self.face = face
    def __lt__(self, other):
        print(f"  {self.face}<{other.face}", end="")
        return Card.order.index(self.face) < Card.order.index(other.face)
    def __repr__(self):
        return self.face

hand = [Card(f) for f in "K3TA7"]
print(sorted(hand))
print(max(hand))
print(Card("2") > Card("3"))
class Weight:
    def __init__(self, g):
        self.g = g
    def __lt__(self, other):
        if isinstance(other, Weight):
            return self.g < other.g
        return NotImplemented
print(Weight(1) < Weight(2), Weight(3) > Weight(2))
for expr in ("Weight(1) < 5", "Weight(1) <= Weight(2)", "5 > Weight(1)"):
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print("TypeError:", e)
