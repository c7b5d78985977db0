# Mistake: a key function passed as a default argument, failing when the list has a None in it.
def top(items, n=2, key=lambda item: item["score"] * 2):
    return sorted(items, key=key, reverse=True)[:n]

players = [{"name": "a", "score": 3}, {"name": "b", "score": 7}, {"name": "c", "score": None}]
for p in top(players):
    print(p["name"])
