inventory = {"apples": 5, "pears": 2, "plums": 9}

by_name = sorted(inventory.items())
print(by_name)
by_count = sorted(inventory.items(), key=lambda name, count: count)
print(by_count)
