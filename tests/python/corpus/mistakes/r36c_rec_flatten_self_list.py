# flattening nested lists with a recursive generator; the list contains itself
def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it

data = [1, [2, 3], [4, [5]]]
print(list(flatten(data)))
data.append(data)
print(list(flatten(data)))
