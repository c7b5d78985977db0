# enumerate's index and item unpacked in the wrong order
print("== enumerate order swapped ==")
names = ["ada", "al"]
for name, i in enumerate(names):
    print(name.title(), i + 1)
