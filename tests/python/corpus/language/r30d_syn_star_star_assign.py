# Two starred targets in one assignment
values = [1, 2, 3, 4]
*head, *tail = values
print(head, tail)


