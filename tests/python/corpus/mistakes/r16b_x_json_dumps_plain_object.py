# json.dumps of a plain object
print("== json dumps plain object ==")

import json
json.dumps({"a": object.__new__(type("Thing", (), {}))})
