# Dunders that return the wrong kind of value.
class Box:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __bool__(self):
        return self.n
    def __str__(self):
        return self.n
    def __repr__(self):
        return None
    def __hash__(self):
        return "h"
    def __index__(self):
        return 1.5
    def __int__(self):
        return "3"
    def __float__(self):
        return 2
    def __iter__(self):
        return [1, 2]

for name, f in [("len", len), ("bool", bool), ("str", str), ("repr", repr),
                ("hash", hash), ("int", int), ("float", float), ("iter", iter),
                ("bin", bin), ("slice", lambda b: [1, 2, 3][b])]:
    for n in (2, -1):
        try:
            print(name, n, f(Box(n)))
        except (TypeError, ValueError, OverflowError) as e:
            print(name, n, "->", type(e).__name__, e)
print(len(Box(2 ** 70)))
