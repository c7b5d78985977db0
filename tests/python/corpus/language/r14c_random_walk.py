# A seeded random walk on a line and on a grid, tracking the farthest point.
import random

random.seed(2024)
pos, far = 0, 0
path = [pos]
for step in range(50):
    pos += random.choice([-1, 1])
    far = max(far, abs(pos))
    path.append(pos)
print(path[:20])
print("end:", pos, "farthest:", far)
line = ""
for p in path[:30]:
    line += "+" if p > 0 else "-" if p < 0 else "0"
print(line)
x = y = 0
visited = {(0, 0)}
moves = {"N": (0, 1), "S": (0, -1), "E": (1, 0), "W": (-1, 0)}
for _ in range(200):
    dx, dy = moves[random.choice("NSEW")]
    x, y = x + dx, y + dy
    visited.add((x, y))
print("grid end:", (x, y), "visited:", len(visited))
print(sorted(visited)[:5])
