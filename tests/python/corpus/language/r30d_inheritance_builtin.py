# Subclassing built-ins: a list that logs appends, a str with extra methods, an int with units
class LoggedList(list):
    def append(self, item):
        print(f"  append {item!r}")
        super().append(item)


class Word(str):
    def is_palindrome(self):
        w = self.lower()
        return w == w[::-1]

    def __new__(cls, value):
        return super().__new__(cls, value.strip())


class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"

    def __add__(self, other):
        return Meters(int(self) + int(other))


ll = LoggedList([1])
ll.append(2)
ll.extend([3])
ll += [4]
print(ll, type(ll).__name__, type(ll + [5]).__name__, len(ll))
w = Word("  Level  ")
print(repr(w), w.is_palindrome(), w.upper(), type(w.upper()).__name__, isinstance(w, str))
m = Meters(5) + Meters(7)
print(m, repr(m), [m], m * 2, type(m * 2).__name__, m > 10)
print(Word("abc") + "d", type(Word("a") + "b").__name__)
print(LoggedList("xy"), ll.pop(), ll)
Meters("ten")
