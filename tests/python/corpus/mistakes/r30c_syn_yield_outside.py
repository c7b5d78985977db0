# yield at module level.
# (kept short on purpose: the mistake is the point)
items = [1, 2, 3]
for i in items:
    yield i * 2
