# Opting out of protocols by setting dunders to None: __iter__, __contains__, __reversed__, __len__
class NotIterable:
    __iter__ = None

    def __getitem__(self, i):
        return i


class NoContains:
    __contains__ = None

    def __iter__(self):
        return iter([1, 2])


class NoReverse:
    __reversed__ = None

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return "ab"[i]


class NeDefault:
    def __eq__(self, other):
        return True


for label, f in [("iter", lambda: list(NotIterable())), ("in", lambda: 1 in NoContains()),
                 ("reversed", lambda: reversed(NoReverse())), ("index", lambda: NotIterable()[3]),
                 ("list", lambda: list(NoReverse())), ("ne", lambda: NeDefault() != NeDefault()),
                 ("unpack", lambda: [*NotIterable()])]:
    try:
        print(label, "->", f())
    except TypeError as e:
        print(label, "-> TypeError:", e)
print(iter(NoContains()).__class__.__name__)
