# An error inside a call whose arguments span several lines.
def build(name, size, colour):
    return {"name": name, "size": size + 0, "colour": colour}

item = build(
    "shirt",
    "M",
    "blue",
)
print(item)
