# r24c_assign_in_while: a mistake as a learner makes it, and what CPython 3.11 says of it
# (its lines below as the learner wrote them)
items = [1, 2]
while len(items) = 0:
    items.pop()
