# Subscript chains in one line: which one failed?
# (kept short on purpose: the mistake is the point)
data = {"users": [{"name": "a", "tags": ["x"]}, {"name": "b", "tags": []}]}
for i in range(2):
    print(data["users"][i]["name"], data["users"][i]["tags"][0])
