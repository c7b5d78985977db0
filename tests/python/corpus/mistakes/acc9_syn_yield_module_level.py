# yield at module level, meant to be inside a generator.
items = [1, 2, 3]
for item in items:
    yield item * 2
print("done")
