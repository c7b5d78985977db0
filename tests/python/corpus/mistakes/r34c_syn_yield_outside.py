# A generator I wrote at module level, yield without a def
items = ["a", "b", "c"]
for item in items:
    yield item.upper()
print("done")
