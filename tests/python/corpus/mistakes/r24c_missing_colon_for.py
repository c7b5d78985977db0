# r24c_missing_colon_for: a mistake as a learner makes it, and what CPython 3.11 says of it
# (its lines below as the learner wrote them)
items = [1, 2, 3]
for item in items
    print(item)
