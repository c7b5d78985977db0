# saving a tree of tasks as JSON; a child points back to its parent
import json

root = {"name": "root", "children": []}
child = {"name": "child", "parent": root}
root["children"].append(child)
print(json.dumps({"name": "solo"}))
print(json.dumps(root))
