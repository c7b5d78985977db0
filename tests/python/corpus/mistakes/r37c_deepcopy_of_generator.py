# snapshotting my reader state with deepcopy; it holds a generator
import copy

class Reader:
    def __init__(self, lines):
        self.pos = 0
        self.source = (l.upper() for l in lines)

r = Reader(["a", "b"])
print(next(r.source))
snapshot = copy.deepcopy(r)
print(snapshot.pos)
