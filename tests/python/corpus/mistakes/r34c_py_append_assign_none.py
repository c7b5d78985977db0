# Reassigning the list to the result of append in a loop
names = []
for n in ["x", "y", "z"]:
    names = names.append(n.upper())
print(names)
