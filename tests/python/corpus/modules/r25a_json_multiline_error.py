import json

config_text = """{
  "host": "localhost",
  "port": 8080
  "debug": true
}"""
config = json.loads(config_text)
print(config)
