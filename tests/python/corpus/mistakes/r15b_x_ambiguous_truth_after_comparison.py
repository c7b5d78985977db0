# Mistake: a condition combines a comparison with an object whose truth value is ambiguous (as numpy's arrays).
class Readings:
    def __init__(self, *values):
        self.values = values
    def __gt__(self, limit):
        return Readings(*(v > limit for v in self.values))
    def __bool__(self):
        raise ValueError("the truth value of Readings is ambiguous; use any() or all()")

threshold = 20
temps = Readings(18, 25, 21)
if threshold > 0 and temps > threshold:
    print("too warm")
