# json with a dataclass: default= for objects, object_hook back, and the error without them
import json
from dataclasses import dataclass, asdict

@dataclass
class Result:
    worker: str
    value: int

results = [Result('A', 3), Result('B', 7)]
text = json.dumps(results, default=asdict)
print(text)
back = json.loads(text, object_hook=lambda d: Result(**d))
print(back, back == results)
print(json.dumps({'b': 1, 'a': [1.5, None]}, separators=(',', ':'), sort_keys=True))
print(json.dumps([1, 2], indent='  '), json.loads('3.0'), json.loads('"\\u00e9"'))
print(json.dumps(float('nan')), json.dumps({'k': float('inf')}))
json.dumps(results)
