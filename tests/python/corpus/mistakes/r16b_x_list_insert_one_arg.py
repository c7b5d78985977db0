# list.insert given only the item
print("== list insert one arg ==")
queue = ["b", "c"]
queue.insert("a")
print(queue)
