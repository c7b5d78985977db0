import json

s = '{"a": 1, "b": [true, false, null], "c": 1.5e3, "d": "\\u00e9\\n", "e": {}}'
obj = json.loads(s)
print(obj)
print(type(obj["c"]), obj["d"])
print(json.loads("[1, 2.0, -3, 1e2, 12345678901234567890]"))
print(json.loads('"just a string"'), json.loads("null"), json.loads(" 42 "))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads("NaN"), json.loads("-Infinity"))
print(json.loads('[1.10]', parse_float=str))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads(b'[1]'))
round_trip = json.loads(json.dumps({"k": (1, 2), 3: "x"}))
print(round_trip)
