import json
from collections import OrderedDict

text = '{"price": 1.10, "qty": 3, "items": [{"n": "a"}, {"n": "b"}], "big": 12345678901234567890}'
print(json.loads(text, parse_float=str))
print(json.loads(text, parse_int=lambda s: int(s) * 2)["qty"])
print(json.loads(text, object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list)
print(pairs)
print(json.loads('{"z": 1, "y": 2}', object_pairs_hook=OrderedDict))
round_trip = json.loads(json.dumps({"t": (1, 2), "k": {1: 2}}))
print(round_trip)
print(json.loads("[]"), json.loads("{}"), json.loads('"\\ud83d\\ude00"'))
records = [json.loads(line) for line in '{"id": 1}\n{"id": 2}\n{"id": 3}'.splitlines()]
print(sum(r["id"] for r in records))
