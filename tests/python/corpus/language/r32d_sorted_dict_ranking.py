# Ranking a leaderboard: ties, dense ranks with enumerate, sorting dict items and printing medals
scores = {"ana": 420, "ben": 390, "cy": 420, "dee": 310, "eli": 390, "fox": 505}
ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
medals = {1: "🥇", 2: "🥈", 3: "🥉"}
rank, prev = 0, None
for i, (name, pts) in enumerate(ranked, start=1):
    if pts != prev:
        rank, prev = i, pts
    print(f"{rank:>2}. {name:<5}{pts:>5} {medals.get(rank, '')}".rstrip())
dense = {s: r for r, s in enumerate(sorted(set(scores.values()), reverse=True), start=1)}
print({n: dense[p] for n, p in scores.items()})
print(sorted(scores, key=scores.get, reverse=True)[:3], min(scores.items(), key=lambda kv: kv[1]))
print(dict(sorted(scores.items())), list(scores)[::-1])
top = dict(ranked[:2])
top.update(ranked[2:4])
print(top, len(top))
print(ranked[10])
