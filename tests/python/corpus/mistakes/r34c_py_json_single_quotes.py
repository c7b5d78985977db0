# Parsing a dict that I wrote with Python's single quotes as JSON
import json

text = str({"name": "ana", "age": 31})
print(text)
data = json.loads(text)
print(data["name"])
