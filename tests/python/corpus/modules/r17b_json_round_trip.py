# json dumps and loads of results, with indent, sort_keys and an error
import json

results = {'workers': ['A', 'B'], 'values': [3, 7], 'done': True, 'error': None, 'avg': 5.0}
text = json.dumps(results)
print(text)
print(json.dumps(results, indent=2, sort_keys=True))
back = json.loads(text)
print(back == results, type(back['values']).__name__)
print(json.dumps({'t': (1, 2), 'é': 'ü'}), json.dumps({'é': 'ü'}, ensure_ascii=False))
print(json.loads('[1, 2.5, "x", null, false]'), json.dumps('quote"s'))
print(json.dumps({1: 'a'}), json.loads('{"1": "a"}'))
try:
    json.loads('{bad json}')
except json.JSONDecodeError as e:
    print('JSONDecodeError:', e)
json.dumps({'s': {1, 2}})
