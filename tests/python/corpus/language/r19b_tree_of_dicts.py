# Recursive directory-like tree of nested dicts: size totals, printing, search
fs = {
    "home": {
        "ann": {"notes.txt": 120, "pics": {"a.png": 2048, "b.png": 4096}},
        "bob": {"todo.md": 64, "empty": {}},
    },
    "etc": {"hosts": 32, "conf.d": {"x.conf": 10}},
    "README": 500,
}

def total(node):
    if isinstance(node, int):
        return node
    return sum(total(v) for v in node.values())

def show(node, name="/", depth=0, last=True, prefix=""):
    conn = "" if depth == 0 else ("└── " if last else "├── ")
    size = total(node)
    print(f"{prefix}{conn}{name}{'/' if isinstance(node, dict) else ''} ({size:,} B)")
    if isinstance(node, dict):
        items = sorted(node.items(), key=lambda kv: (not isinstance(kv[1], dict), kv[0]))
        new_prefix = prefix + ("" if depth == 0 else ("    " if last else "│   "))
        for i, (k, v) in enumerate(items):
            show(v, k, depth + 1, i == len(items) - 1, new_prefix)

def find(node, pred, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from find(v, pred, path + (k,))
    elif pred(path[-1], node):
        yield "/" + "/".join(path), node

def get(node, path):
    for part in path.strip("/").split("/"):
        node = node[part]
    return node

show(fs)
print(list(find(fs, lambda n, s: n.endswith(".png"))))
print(sorted(find(fs, lambda n, s: s < 100), key=lambda t: t[1]))
print(get(fs, "/home/ann/pics/b.png"), get(fs, "home/bob/empty"))
def depth(n):
    return 1 + max((depth(v) for v in n.values()), default=0) if isinstance(n, dict) else 0
print("depth:", depth(fs))
import json
print(json.dumps(fs["home"]["ann"], indent=2, sort_keys=True))
get(fs, "/home/carl/x")
