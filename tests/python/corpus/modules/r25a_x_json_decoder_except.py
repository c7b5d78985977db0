import json
import json.decoder

def parse(text):
    try:
        return json.loads(text)
    except json.decoder.JSONDecodeError as err:
        print("invalid JSON:", err)
        return None

print(parse('{"ok": true}'))
print(parse("{ok: true}"))
print(json.decoder.JSONDecodeError is json.JSONDecodeError)
