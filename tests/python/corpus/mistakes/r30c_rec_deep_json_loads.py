# json.loads of text with thousands of nested brackets.
import json
text = "[" * 3000 + "]" * 3000
print(len(text))
print(json.loads("[[1], [2]]"))
json.loads(text)
