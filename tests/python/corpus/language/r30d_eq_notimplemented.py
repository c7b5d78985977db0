# __eq__ returning NotImplemented, reflected comparisons, and __lt__ between different classes
class Meters:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  Meters.__eq__({other!r})")
        if isinstance(other, Meters):
            return self.v == other.v
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, (int, float)):
            return self.v < other
        return NotImplemented

    def __repr__(self):
        return f"Meters({self.v})"


class Feet:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  Feet.__eq__({other!r})")
        if isinstance(other, Meters):
            return abs(self.v * 0.3048 - other.v) < 1e-9
        return NotImplemented

    def __repr__(self):
        return f"Feet({self.v})"


print(Meters(1) == Meters(1))
print(Meters(0.3048) == Feet(1))
print(Meters(1) == 1)
print(Meters(1) != "x")
print(Meters(2) < 3, 3 > Meters(2), Meters(5) > 3)
print(sorted([Meters(3), Meters(1)], key=lambda m: m.v), Meters(1) in [1, Meters(1)])
print(Meters(1) < Meters(2))
