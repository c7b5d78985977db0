# A generator expression that fails when consumed, not when made.
names = ["ann", 3, "bob"]
upper = (n.upper() for n in names)
print("made")
for u in upper:
    print(u)
