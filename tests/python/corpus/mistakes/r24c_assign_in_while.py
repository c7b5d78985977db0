items = [1, 2]
while len(items) = 0:
    items.pop()
