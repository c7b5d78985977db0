import json
import io

buf = io.StringIO()
json.dump({"b": [1, 2], "a": None}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.dumps({(1, 2): "tuple key"}))
