# r24c_nested_subscript: a mistake as a learner makes it, and what CPython 3.11 says of it
# (its lines below as the learner wrote them)
users = [{"name": "a", "tags": ["x"]}, {"name": "b", "tags": []}]
for u in users:
    print(u["name"], users[1]["tags"][0])
