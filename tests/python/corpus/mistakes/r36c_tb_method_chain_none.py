# cleaning up names with a chain of string methods; find() gave me None
def find(names, prefix):
    for n in names:
        if n.startswith(prefix):
            return n

names = ["  alice ", "bob"]
print(find(names, "  al").strip().title())
print(find(names, "carol").strip().title())
