# Trying to check a list's length but wrote an assignment to len().
queue = [1, 2, 3]

while queue:
    item = queue.pop()
    if len(queue) = 0:
        print("last item", item)
