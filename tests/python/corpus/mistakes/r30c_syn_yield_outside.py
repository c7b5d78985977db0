# yield at module level.
items = [1, 2, 3]
for i in items:
    yield i * 2
