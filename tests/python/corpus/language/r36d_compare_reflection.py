# How Python picks comparison methods: reflection, NotImplemented and non-bool results.
class Weight:
    def __init__(self, kg):
        self.kg = kg
    def __lt__(self, other):
        print(f"  {self.kg}.__lt__({getattr(other, 'kg', other)})")
        if isinstance(other, Weight):
            return self.kg < other.kg
        if isinstance(other, (int, float)):
            return self.kg < other
        return NotImplemented
    def __repr__(self):
        return f"W{self.kg}"

a, b = Weight(5), Weight(9)
print(a < b)
print(b > a)
print(3 > a)
print(sorted([b, a, Weight(1)]))
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
try:
    a < "x"
except TypeError as e:
    print("TypeError:", e)

class Vec:
    def __init__(self, *v):
        self.v = v
    def __eq__(self, other):
        return [x == y for x, y in zip(self.v, other.v)]
    def __repr__(self):
        return f"Vec{self.v}"

print(Vec(1, 2) == Vec(1, 3), Vec(1) != Vec(1))
print(1 < 2 < 3 > 0, 1 < 3 < 2, (1 < 3) < 2)

class Sub(Weight):
    def __gt__(self, other):
        print("  Sub.__gt__ wins")
        return True
print(a < Sub(0))
print(max([Weight(2), Weight(7)]), min(Weight(4), Weight(3)))
print(None == 0, [] == [], [1, 2] < [1, 3], (1, "a") < (1, "b"), "Z" < "a")
