# tutorial 7.2.2: json round trip and what json refuses
import json
data = {'name': 'Ann', 'scores': [90, 85.5], 'ok': True, 'none': None, 'nested': {'t': (1, 2)}}
text = json.dumps(data)
print(text)
back = json.loads(text)
print(back, back == data)
print(json.dumps(data, separators=(',', ':')))
print(json.dumps([1, 2], indent=4))
print(json.loads('[1e3, -0, 1.0, "\\u00e9"]'))
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
try:
    json.loads("{'a': 1}")
except json.JSONDecodeError as e:
    print(e)
print(json.dumps({3: 'int key', 'b': float('inf')}))
json.loads('[1, 2,]')
