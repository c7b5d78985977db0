# set.pop() expecting the first or smallest element.
# (kept short on purpose: the mistake is the point)
queue = {42, 17, 8, 99, 23}
while queue:
    print("popped", queue.pop())
