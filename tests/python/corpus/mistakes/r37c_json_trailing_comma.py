# a config pasted from JavaScript, with a trailing comma
import json

text = """{
  "name": "demo",
  "debug": true,
}"""
cfg = json.loads(text)
print(cfg)
