names = ["ann", "bob"]
for n in names:
    print(n.captialize())
