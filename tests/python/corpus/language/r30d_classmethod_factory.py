# Alternative constructors with classmethod, and staticmethod helpers, through inheritance
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __str__(self):
        return f"{self.y:04d}/{self.m:02d}/{self.d:02d}"

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class EuroDate(Date):
    def __str__(self):
        return f"{self.d:02d}.{self.m:02d}.{self.y}"


a = Date.from_string("2024-02-29")
b = EuroDate.from_string("1999-12-31")
print(a, b)
print(repr(a), repr(b))
print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)])
print(b.is_leap(b.y), EuroDate.from_string.__self__.__name__)
print(Date.from_string("2024-1"))
