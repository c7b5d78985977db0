# showing the position of a JSON error to the user
import json

docs = ['{"a": 1}', '{"a": 1,}', '[1, 2', '{"a" 1}', 'nul', '"unterminated']
for d in docs:
    try:
        print(json.loads(d))
    except json.JSONDecodeError as e:
        print(f"{d!r:16} -> {e.msg} (line {e.lineno}, col {e.colno}, pos {e.pos})")
        print("   ", e.args)
json.loads(docs[1])
