# A config loader whose errors chain: "During handling of the above exception..."
import json

RAW = {"good": '{"port": "8080", "hosts": ["a", "b"]}', "badjson": '{"port": 80,}',
       "badport": '{"port": "eighty"}', "missing": '{"hosts": []}'}

class ConfigError(Exception):
    pass

def load(name):
    try:
        data = json.loads(RAW[name])
    except json.JSONDecodeError as e:
        raise ConfigError(f"{name}: invalid JSON") from e
    try:
        port = int(data["port"])
    except KeyError:
        raise ConfigError(f"{name}: no port given")
    except ValueError as e:
        raise ConfigError(f"{name}: bad port") from None
    return {"port": port, "hosts": data.get("hosts", [])}

for name in ["good", "badjson", "badport", "missing", "absent"]:
    try:
        print(name, "->", load(name))
    except ConfigError as e:
        cause = e.__cause__
        ctx = e.__context__
        print(f"{name} -> {e} | cause={type(cause).__name__ if cause else None}"
              f" | context={type(ctx).__name__ if ctx else None} | suppress={e.__suppress_context__}")
    except KeyError as e:
        print(name, "-> unknown config", e)

def cleanup_then_fail():
    try:
        return load("missing")
    finally:
        print("cleanup ran")

try:
    cleanup_then_fail()
except ConfigError as e:
    print("caught:", e)
results = {}
try:
    results["x"] += 1
except KeyError:
    print(load("missing"))
