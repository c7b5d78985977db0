# zip(strict=True) on columns of different lengths.
names = ["ann", "bob", "cy"]
scores = [90, 85]
print(list(zip(names, scores)))
for n, s in zip(names, scores, strict=True):
    print(n, s)
