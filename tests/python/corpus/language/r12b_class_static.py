class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class MyDate(Date):
    pass

print(Date.from_string("2024-02-29"))
print(MyDate.from_string("1999-12-31"))
print(Date.is_leap(1900), Date.is_leap(2000), MyDate(1, 1, 1).is_leap(2024))
print(Date.count, MyDate.count)
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
m = Date.from_string
print(m.__self__.__name__, m.__func__.__name__)
sm = Date.__dict__["is_leap"]
print(sm.__func__(2023))
print(Date.__dict__["from_string"].__func__(MyDate, "3-4-5"))
Date.from_string("2024/01/01")
