from functools import singledispatchmethod, partialmethod, partial, update_wrapper

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"? {arg!r}"
    @fmt.register
    def _(self, arg: int):
        return f"int {arg:+d}"
    @fmt.register(list)
    def _(self, arg):
        return "[" + ", ".join(self.fmt(x) for x in arg) + "]"
    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return f"{cls.__name__}: other"
    @kind.register
    @classmethod
    def _(cls, arg: str):
        return f"{cls.__name__}: str"

f = Formatter()
print(f.fmt(5), f.fmt("x"), f.fmt([1, [2, "y"]]))
print(Formatter.kind("s"), Formatter.kind(1.5), Formatter.fmt.__name__)

class Account:
    def __init__(self):
        self.log = []
    def move(self, kind, amount, note=""):
        self.log.append((kind, amount, note))
    deposit = partialmethod(move, "in")
    withdraw = partialmethod(move, "out", note="cash")
a = Account()
a.deposit(10)
a.withdraw(3)
a.withdraw(1, note="fee")
print(a.log, type(Account.deposit).__name__)
print(repr(Account.__dict__["withdraw"])[:40])

def area(self):
    return self.w * self.h
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
r = Rect(2, 3)
bound = area.__get__(r)
print(bound(), bound.__self__ is r, area.__get__(None, Rect) is area)
r.area = area.__get__(r, Rect)
print(r.area())
class P:
    v = property(lambda self: 7)
print(P.v.__get__(P()), P.__dict__["v"].__get__(None, P) is P.v)
for args in [(), (None,), (1, 2, 3)]:
    try:
        area.__get__(*args)
    except TypeError as e:
        print("TypeError:", e)
w = update_wrapper(lambda *a: area(*a), area)
print(w.__name__, w.__wrapped__ is area)
