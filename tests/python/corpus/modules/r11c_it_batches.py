from itertools import islice, chain, groupby
from operator import itemgetter

def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch

print(list(batched("ABCDEFG", 3)))
print(list(batched([], 2)))
rows = [
    {"city": "Paris", "temp": 12},
    {"city": "Oslo", "temp": -3},
    {"city": "Paris", "temp": 15},
    {"city": "Oslo", "temp": 1},
    {"city": "Rome", "temp": 20},
]
rows.sort(key=itemgetter("city"))
for city, rs in groupby(rows, key=itemgetter("city")):
    temps = [r["temp"] for r in rs]
    print(f"{city:6} min={min(temps):>3} max={max(temps):>3} avg={sum(temps)/len(temps):.1f}")
flat = list(chain.from_iterable(batched(range(7), 2)))
print(flat)
