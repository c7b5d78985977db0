users = [{"name": "a", "tags": ["x"]}, {"name": "b", "tags": []}]
for u in users:
    print(u["name"], users[1]["tags"][0])
