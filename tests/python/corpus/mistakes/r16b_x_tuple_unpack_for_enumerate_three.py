# Three names unpacked from enumerate's pairs
names = ["ada", "al"]
for i, first, last in enumerate(names):
    print(i, first, last)
