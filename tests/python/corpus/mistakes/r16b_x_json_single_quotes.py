# json.loads of a dict written with single quotes
import json

good = json.loads('{"name": "ada"}')
print(good["name"])
bad = json.loads("{'name': 'ada'}")
print(bad)
