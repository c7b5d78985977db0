# Validating config values with isinstance and typing's Optional and Union
from typing import Optional, Union

SCHEMA = {"port": int, "host": str, "timeout": Optional[float], "tag": Union[int, str]}
config = {"port": 8080, "host": "db", "timeout": None, "tag": 3}

for key, expected in SCHEMA.items():
    ok = isinstance(config[key], expected)
    print(f"{key}: {'ok' if ok else 'wrong type'}")
