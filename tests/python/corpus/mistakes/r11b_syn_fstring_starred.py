# Unpacking a list inside an f-string's braces.
items = ["a", "b", "c"]
print(f"{len(items)} items")
print("items:", *items)
print(f"items: {*items}")
