# A KeyError raised with a sentence.
def lookup(users, name):
    if name not in users:
        raise KeyError(f"user {name!r} not found")
    return users[name]

print(lookup({"ann": 1}, "ann"))
lookup({"ann": 1}, "bob")
