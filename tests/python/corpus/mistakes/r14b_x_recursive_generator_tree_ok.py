# Mistake fixed: a recursive generator over a nested list that does reach its base case (then an int is iterated).
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4]], 5]])))
print(list(flatten([1, (2, 3)])))
print(list(flatten(7)))
