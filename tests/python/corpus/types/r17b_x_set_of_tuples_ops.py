# Sets of tuples and ints used for visited positions in a small grid walk
moves = {'U': (0, 1), 'D': (0, -1), 'L': (-1, 0), 'R': (1, 0)}
path = 'RRUULDDDLL'
pos = (0, 0)
visited = {pos}
repeats = []
for m in path:
    dx, dy = moves[m]
    pos = (pos[0] + dx, pos[1] + dy)
    if pos in visited:
        repeats.append(pos)
    visited.add(pos)
print(len(visited), sorted(visited), repeats, pos)
a = {(0, 0), (1, 1)}
print(sorted(a | {(2, 2)}), a & {(1, 1), (5, 5)}, sorted(a ^ {(0, 0), (3, 3)}))
print({x % 4 for x in range(20)}, set(range(3)) < set(range(5)), set() == frozenset())
print(min(visited), max(visited, key=lambda p: abs(p[0]) + abs(p[1])))
