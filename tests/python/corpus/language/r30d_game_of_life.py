# Conway's Game of Life on a small torus with sets of coordinates and a glider
from collections import Counter


def step(live, w, h):
    counts = Counter(((x + dx) % w, (y + dy) % h)
                     for x, y in live for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
state = glider
for gen in range(5):
    print(f"gen {gen}:")
    print(render(state, 6, 6))
    state = step(state, 6, 6)
print(len(state), sorted(state))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker, 5, 5)), step(step(blinker, 5, 5), 5, 5) == blinker)
