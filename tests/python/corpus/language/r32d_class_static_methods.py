# classmethods as alternative constructors and staticmethods as helpers on a Date class
class Date:
    count = 0

    def __init__(self, y, m, d):
        if not Date.valid(y, m, d):
            raise ValueError(f"bad date {y}-{m}-{d}")
        self.y, self.m, self.d = y, m, d
        type(self).count += 1

    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @staticmethod
    def valid(y, m, d):
        days = [31, 29 if Date.is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return 1 <= m <= 12 and 1 <= d <= days[m - 1]

    def __str__(self):
        return f"{self.y:04d}/{self.m:02d}/{self.d:02d}"


class EuroDate(Date):
    def __str__(self):
        return f"{self.d}.{self.m}.{self.y}"


print(Date.from_string("2024-02-29"), EuroDate.from_string("2023-7-4"), EuroDate.epoch())
print(type(EuroDate.epoch()).__name__, Date.count, EuroDate.count)
print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)], Date().is_leap(4) if False else "skip")
print(Date.from_string, Date.is_leap.__qualname__, EuroDate.epoch.__self__)
EuroDate.from_string("2023-02-29")
