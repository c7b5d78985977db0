# Flattening nested lists, where a str is iterable and contains itself.
def flatten(items):
    out = []
    for x in items:
        if hasattr(x, "__iter__"):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out

print(flatten([1, [2, [3, 4]], (5,)]))
print(flatten([1, ["ab"]]))
