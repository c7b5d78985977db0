from dataclasses import dataclass

@dataclass(frozen=True)
class Coord:
    x: int
    y: int
    def neighbors(self):
        return {Coord(self.x + dx, self.y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))}

c = Coord(0, 0)
seen = {c}
frontier = [c]
for _ in range(2):
    nxt = []
    for p in frontier:
        for n in sorted(p.neighbors(), key=lambda q: (q.x, q.y)):
            if n not in seen:
                seen.add(n)
                nxt.append(n)
    frontier = nxt
print(len(seen), sorted((p.x, p.y) for p in seen)[:5])
print(hash(Coord(1, 2)) == hash(Coord(1, 2)), Coord(1, 2) in seen)
groups = {frozenset({1, 2}): "a", frozenset({2, 1}): "b"}
print(groups, frozenset("abc") == set("cba"), {frozenset(): 0})
d = {(1, 2): "tuple key", 1.0: "float", 1: "int?"}
print(d)
print(hash((1, [2])))
