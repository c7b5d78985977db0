# Reading several JSON documents from one string with JSONDecoder.raw_decode, and error positions
import json

stream = '{"a": 1} {"b": [2, 3]}\n[4, 5] "six" 7.0 '
dec = json.JSONDecoder()
pos = 0
while True:
    while pos < len(stream) and stream[pos].isspace():
        pos += 1
    if pos == len(stream):
        break
    obj, end = dec.raw_decode(stream, pos)
    print(f"{pos:2}-{end:2}: {obj!r}")
    pos = end

bad_docs = ['{"a": 1,}', "[1, 2", "{'single': 1}", '{"a" 1}', "", "nul", '"\\x"']
for doc in bad_docs:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(f"{doc!r:16} -> {e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")
print(json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads("  [1]  "), json.loads("-0"), json.loads("1E400"))
