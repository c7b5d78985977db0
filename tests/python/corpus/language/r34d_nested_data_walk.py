# Walking nested JSON-like data: recursive paths, get by dotted path, and a flatten to dotted keys
data = {
    "user": {"name": "ann", "roles": ["admin", "dev"], "address": {"city": "Oslo", "zip": "0150"}},
    "posts": [{"id": 1, "tags": ["a"]}, {"id": 2, "tags": []}],
    "active": True,
}

def walk(node, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, path + (i,))
    else:
        yield path, node

def get(node, dotted, default=None):
    for part in dotted.split("."):
        try:
            node = node[int(part)] if isinstance(node, list) else node[part]
        except (KeyError, IndexError, ValueError, TypeError):
            return default
    return node

for path, value in walk(data):
    print(".".join(map(str, path)), "=", repr(value))
flat = {".".join(map(str, p)): v for p, v in walk(data)}
print(len(flat), get(data, "user.address.city"), get(data, "posts.1.id"), get(data, "posts.5.id", "none"))
print(get(data, "user.name.first", "?"), get(data, "active"))
