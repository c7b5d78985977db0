# Two starred targets in one assignment
# (kept short on purpose: the mistake is the point)
values = [1, 2, 3, 4]
*head, *tail = values
print(head, tail)


