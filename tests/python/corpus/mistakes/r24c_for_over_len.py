names = ["a", "b", "c"]
for i in len(names):
    print(i, names[i])
