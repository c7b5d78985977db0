# building labels from ids with map and a lambda
ids = [3, 7, 11]
labels = list(map(lambda i: "item-" + i, ids))
print(labels)
# (end of the program)
