# Replacing an element of a set while iterating (size unchanged).
tags = {1, 2, 3}
for t in tags:
    if t == 1:
        tags.discard(1)
        tags.add(100)
print(sorted(tags))
