# set.pop() expecting the first or smallest element.
queue = {42, 17, 8, 99, 23}
while queue:
    print("popped", queue.pop())
