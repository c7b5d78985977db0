# json edge cases: NaN, non-string keys, tuples, decode errors and ordered pairs.
import json
from collections import OrderedDict

print(json.dumps({"x": float("nan"), "y": float("inf")}))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
data = {1: "one", 2.5: "f", True: "t", None: "n", (1, 2): "tuple"}
try:
    json.dumps(data)
except TypeError as e:
    print("TypeError:", e)
data.pop((1, 2))
print(json.dumps(data), json.dumps(data, skipkeys=True))
print(json.loads(json.dumps({"t": (1, 2), "s": "é\n"})))
print(json.dumps({"b": 1, "a": [1, {"z": 0, "y": None}]}, indent="\t", sort_keys=True))
print(json.dumps({"when": 3 + 4j}, default=str))
for bad in ('{"a": 1,}', "[1, 2", "{'a': 1}", "", "01"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{e.msg} at line {e.lineno} col {e.colno} (pos {e.pos})")
pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list)
print(pairs, json.loads('{"b": 1, "a": 2, "b": 3}'))
od = json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict)
print(od, type(od).__name__)
print(json.loads("1e400"), json.loads("-0"), json.loads('"\\ud83d\\ude00"'), json.loads("NaN"))
print(json.dumps("😀"), json.dumps(10**30), json.dumps(1.0), json.dumps(1e100))
print(json.loads("[1, 2]", parse_int=float), json.dumps([[], {}], indent=2))
