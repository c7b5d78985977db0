# zip(strict=True) with lists of different lengths.
names = ["a", "b", "c"]
scores = [1, 2]
for n, s in zip(names, scores, strict=True):
    print(n, s)
