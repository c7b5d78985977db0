# ordering tasks by their dependency depth; the depth function sorts the deps first
tasks = {"build": ["compile"], "compile": ["fetch"], "fetch": []}

def depth(name):
    deps = list(tasks[name])
    deps.sort(key=depth)
    return 1 + (depth(deps[-1]) if deps else 0)

order = sorted(tasks)
order.sort(key=depth)
print(order)
tasks["fetch"].append("build")
order.sort(key=depth)
print(order)
