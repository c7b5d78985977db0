# Broken dunder methods: negative __len__, __iter__ returning a list, __hash__ = None, bad __index__
class NegLen:
    def __len__(self):
        return -1


class BadIter:
    def __iter__(self):
        return [1, 2]


class Unhashable:
    __hash__ = None


class StrLen:
    def __len__(self):
        return "3"


class FloatIndex:
    def __index__(self):
        return 1.5


class OnlyGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10


cases = [lambda: len(NegLen()), lambda: list(BadIter()), lambda: {Unhashable()}, lambda: len(StrLen()),
         lambda: [1, 2][FloatIndex()], lambda: bool(NegLen()), lambda: hash(Unhashable())]
for c in cases:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(list(OnlyGetitem()), 20 in OnlyGetitem(), 25 in OnlyGetitem(), list(reversed([1, 2])))
print(reversed(OnlyGetitem()))
