names = ["zoe", "adam", "mia"]
names = names.sort()
print(names)
for n in names:
    print(n.title())
