# Streaming JSON output piece by piece with JSONEncoder.iterencode (as a web framework might)
import json

data = {"users": [{"id": 1, "name": "ann"}, {"id": 2, "name": "bob"}], "count": 2}
enc = json.JSONEncoder()
pieces = list(enc.iterencode(data))
print(len(pieces) > 1, "".join(pieces) == json.dumps(data))
for i, chunk in enumerate(enc.iterencode([1, "two", None])):
    print(i, repr(chunk))
pretty = json.JSONEncoder(indent=2, sort_keys=True)
print(list(pretty.iterencode({"b": 1, "a": [True]})))
print(enc.encode({"x": (1, 2)}), repr(enc.item_separator), repr(enc.key_separator))
