# list.insert given only the item
queue = ["b", "c"]
queue.insert("a")
print(queue)
