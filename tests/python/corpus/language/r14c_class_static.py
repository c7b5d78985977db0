# classmethod as alternative constructors, staticmethod helpers, and a class counter.
class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @classmethod
    def today_for_test(cls):
        return cls(2024, 2, 29)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class EuroDate(Date):
    def __str__(self):
        return f"{self.d:02d}/{self.m:02d}/{self.y}"

print(Date.from_string("2023-07-04"), Date.today_for_test())
e = EuroDate.from_string("1999-12-31")
print(e, repr(e), type(e).__name__)
print([y for y in range(1896, 1920) if Date.is_leap(y)], e.is_leap(2000), Date.is_leap(1900))
print("dates made:", Date.count, EuroDate.count)
