# Wrapping a list in a list a hundred thousand times, then letting it go.
box = []
for _ in range(100000):
    box = [box]
depth = 0
cur = box
while cur:
    cur = cur[0]
    depth += 1
print("depth", depth)
del box, cur
print("freed")
