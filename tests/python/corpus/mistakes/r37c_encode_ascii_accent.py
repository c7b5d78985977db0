# saving names as ASCII for an old system
names = ["ann", "zoë", "bob"]
for n in names:
    print(n.encode("ascii"))
# (end of the program)
