# Adding neighbours to the set of cells I am iterating over
alive = {(0, 0), (0, 1)}
for (r, c) in alive:
    alive.add((r + 1, c))
print(sorted(alive))
