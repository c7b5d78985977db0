# json.loads of an empty string and a trailing comma
import json

for text in ['[1, 2]', '[1, 2,]', '']:
    try:
        print(json.loads(text))
    except json.JSONDecodeError as e:
        print("bad json:", e)
json.loads('{"a": 1,}')
