# pairing names with scores, checking the lengths with strict=True
names = ["ann", "bob", "cid"]
scores = [90, 85]
for n, s in zip(names, scores):
    print(n, s)
for n, s in zip(names, scores, strict=True):
    print(n, s)
