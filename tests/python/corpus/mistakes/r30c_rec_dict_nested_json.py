# A dict that contains itself, dumped to JSON.
import json
config = {"name": "app"}
config["self"] = config
print(config)
print(json.dumps(config))
