# Updating two counters with one augmented assignment
hits, misses = 0, 0
for outcome in [True, False, True]:
    hits, misses += (1, 0) if outcome else (0, 1)
print(hits, misses)
