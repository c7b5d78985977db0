# Nested dict and list indexing fails deep inside the call chain.
data = {"users": [{"name": "ann", "tags": ["a"]}, {"name": "bob", "tags": []}]}

def first_tag(user):
    return user["tags"][0]

def tags(d):
    return [first_tag(u).upper() for u in d["users"]]

print(tags(data))
