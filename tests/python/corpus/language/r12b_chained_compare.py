class Loud:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f"  {self.v} < {o.v}")
        return self.v < o.v
    def __repr__(self): return f"L{self.v}"

a, b, c = Loud(1), Loud(5), Loud(3)
print(a < b < c)
print(a < c < b)
x = 5
print(1 < x < 10, 10 > x > 1, 1 < x > 3, x == 5 == 5.0, 1 < 2 == 2 < 3)
print(1 < 3 > 2 in [2], (1 < 3) > 2, 0 < x <= 5 != 6)
def val(n):
    print(f"  eval {n}")
    return n
print(val(1) < val(2) < val(0) < val(5))
print("a" < "b" < "c", [1] < [1, 0] < [2], (1, 2) < (1, 2, 0))
print(3 < "4")
