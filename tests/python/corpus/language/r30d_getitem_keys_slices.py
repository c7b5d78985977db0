# __getitem__ receives slices, tuples and Ellipsis; __setitem__ and __delitem__ with slices too
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        print("  get", repr(key))
        if isinstance(key, tuple):
            x, y = key
            if isinstance(x, slice):
                return [self.cells.get((i, y), ".") for i in range(*x.indices(self.w))]
            return self.cells.get((x, y), ".")
        if key is Ellipsis:
            return dict(self.cells)
        raise TypeError(f"Grid indices must be (x, y), not {type(key).__name__}")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]


g = Grid(4, 3)
g[1, 2] = "#"
g[0, 2] = "@"
print(g[1, 2], g[:, 2], g[::2, 2], g[...])
del g[0, 2]
print(g[1:3, 2], g[3, 0])


class Recorder:
    def __getitem__(self, key):
        return key


r = Recorder()
print(r[1:2], r[::], r[1:2, ::3], r[()], r[1,], r[:, None], r["a":"b"])
del g[9, 9]
