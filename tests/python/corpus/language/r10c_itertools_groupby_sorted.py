from itertools import groupby
from operator import itemgetter

records = [
    ("fruit", "apple"), ("veg", "carrot"), ("fruit", "banana"),
    ("veg", "leek"), ("nut", "almond"), ("fruit", "cherry"),
]
for key, grp in groupby(records, key=itemgetter(0)):
    print(key, [name for _, name in grp])
print("---")
for key, grp in groupby(sorted(records), key=itemgetter(0)):
    print(key, [name for _, name in grp])
print([(k, len(list(g))) for k, g in groupby("aaabccddddae")])
groups = groupby([1, 1, 2, 2, 2, 3])
saved = [(k, g) for k, g in groups]
print([(k, list(g)) for k, g in saved])
words = ["ant", "bee", "bat", "cow", "cat", "ape"]
by_letter = {k: list(g) for k, g in groupby(sorted(words), key=lambda w: w[0])}
print(by_letter)
print([k for k, _ in groupby([])])
