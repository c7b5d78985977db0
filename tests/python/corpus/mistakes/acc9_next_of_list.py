# next() of a list.
print("start")

queue = [1, 2, 3]
print(next(queue))
