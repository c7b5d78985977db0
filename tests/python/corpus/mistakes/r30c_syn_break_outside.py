# break in a function but outside any loop.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
    break

find([1, 2, 3], 2)
