# Mistake: a nested dict comprehension whose inner loop iterates None for one entry (after a filter).
inventory = {
    "fruit": ["apple", "pear"],
    "veg": None,
    "empty": [],
}

counts = {item: len(item) for shelf, items in inventory.items() if shelf != "empty" for item in items}
print(counts)
