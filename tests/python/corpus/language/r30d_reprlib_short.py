# reprlib shortens long reprs of lists, strings and dicts for logging
import reprlib

print(reprlib.repr(list(range(100))))
print(reprlib.repr("x" * 200))
print(reprlib.repr({i: str(i) for i in range(20)}))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
print(r.repr([1, 2, 3, 4, 5]), r.repr("abcdefghijklmnopqrstuvwxyz"))


class Big:
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Big({self.items})"


b = Big()
b.items = [1, b]
print(repr(b))
