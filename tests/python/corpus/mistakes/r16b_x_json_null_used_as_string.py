# json's null read back as None and used as a str
print("== json null used as string ==")
import json
data = json.loads('{"a": [1, 2, {"b": null}]}')
print(data["a"][2]["b"].upper())
