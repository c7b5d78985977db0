# padding labels: len() of a number inside a nested expression
labels = ["alpha", "beta", 42]
width = max(len(l) for l in labels[:2])
for l in labels:
    print(l + " " * (width - len(l)) + "|")
