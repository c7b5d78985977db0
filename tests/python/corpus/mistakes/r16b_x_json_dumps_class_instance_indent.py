# json.dumps of a class instance with indent
import json
class Item:
    pass
print(json.dumps([1, 2]))
json.dumps({"item": Item()}, indent=2)
