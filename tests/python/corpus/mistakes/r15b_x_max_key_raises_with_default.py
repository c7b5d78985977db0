# Mistake: max() with a default still calls the key, which fails on a record without a score.
players = [{"name": "a", "score": 5}, {"name": "b"}]
print(max([], key=lambda p: p["score"], default=None))
best = max(players, key=lambda p: p["score"], default=None)
print(best)
