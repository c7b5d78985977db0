# enumerate's index and item unpacked in the wrong order
names = ["ada", "al"]
for name, i in enumerate(names):
    print(name.title(), i + 1)
