# A recursive generator flattening a structure that contains itself
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, 4]], 5])))
data = [1, 2]
data.append(data)
print(sum(flatten(data)))
