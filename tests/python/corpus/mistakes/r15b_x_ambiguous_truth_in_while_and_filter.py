# Mistake: the same ambiguous truth value in a comprehension filter after a comparison, then in a while loop.
class Flags:
    def __init__(self, *bits):
        self.bits = bits
    def __bool__(self):
        raise ValueError(f"ambiguous truth value of {len(self.bits)} flags")

rows = [(1, Flags(True)), (2, Flags(False, True))]
try:
    picked = [n for n, f in rows if n >= 1 if f]
except ValueError as e:
    print("filter:", e)
n = 0
while n < 3 and rows[n][1]:
    n += 1
