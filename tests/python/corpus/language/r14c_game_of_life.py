# Conway's Game of Life on a small wrapping grid: a glider and a seeded random soup.
import random

def step(live, w, h):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = ((x + dx) % w, (y + dy) % h)
                    counts[p] = counts.get(p, 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in live)}

def show(live, w, h):
    for y in range(h):
        print("".join("#" if (x, y) in live else "." for x in range(w)))

glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
for gen in range(3):
    print("gen", gen)
    show(glider, 6, 6)
    glider = step(glider, 6, 6)
random.seed(5)
soup = {(x, y) for x in range(12) for y in range(8) if random.random() < 0.35}
sizes = []
for _ in range(20):
    sizes.append(len(soup))
    soup = step(soup, 12, 8)
print(sizes)
show(soup, 12, 8)
