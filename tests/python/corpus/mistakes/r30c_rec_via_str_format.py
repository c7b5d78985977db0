# __format__ that calls format() on itself.
class Price:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        return format(self, spec) + " EUR"

print(f"{Price(3):>8}")
