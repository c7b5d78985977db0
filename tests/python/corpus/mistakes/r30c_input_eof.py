# A loop reading names until the user types "done", but input ends first.
names = []
while True:
    name = input("name: ")
    if name == "done":
        break
    names.append(name)
print(names)
