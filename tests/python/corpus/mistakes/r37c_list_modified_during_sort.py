# a sort key that records what it has seen into the same list
seen = []
names = ["bob", "ann", "cid"]

def key(name):
    names.append(name) if name == "ann" else None
    return name

names.sort(key=key)
print(names)
