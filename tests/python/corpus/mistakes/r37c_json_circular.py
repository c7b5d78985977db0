# saving a tree where each child points back to its parent
import json

root = {"name": "root", "children": []}
child = {"name": "leaf", "parent": None}
root["children"].append(child)
print(json.dumps(root))
child["parent"] = root
print(json.dumps(root))
