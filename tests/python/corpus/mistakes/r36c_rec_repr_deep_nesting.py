# printing a linked list made of nested tuples
node = None
for i in range(3):
    node = (i, node)
print(node)
for i in range(3, 100000):
    node = (i, node)
print(node)
