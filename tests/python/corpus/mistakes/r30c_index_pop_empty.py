# Popping from a queue list until it is empty, one pop too many.
queue = ["a", "b"]
while True:
    item = queue.pop(0)
    print("processing", item)
