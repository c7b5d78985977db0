# Built-ins falling back on reflected or alternative dunders: sum with __radd__, sort with only __gt__
class Money:
    def __init__(self, c):
        self.c = c

    def __add__(self, other):
        return Money(self.c + (other.c if isinstance(other, Money) else other))

    def __radd__(self, other):
        print(f"  __radd__({other!r})")
        return self.__add__(other)

    def __gt__(self, other):
        return self.c > other.c

    def __repr__(self):
        return f"Money({self.c})"


wallet = [Money(5), Money(1), Money(3)]
print(sum(wallet), sum(wallet, Money(100)))
print(sorted(wallet), max(wallet), min(wallet))
print(Money(2) < Money(3), Money(2) > Money(3))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError(i)
        return "abc"[i]


print(list(reversed(Seq())), list(Seq()), "b" in Seq(), sorted(Seq(), reverse=True), len(True * [1]))
print(pow(Money(2), 2))
