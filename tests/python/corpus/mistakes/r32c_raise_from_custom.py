# Wrapping a low-level error in a custom one with raise ... from.
class ConfigError(Exception):
    pass

def port(settings):
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as exc:
        raise ConfigError(f"bad port in {settings}") from exc

print(port({"port": "80"}))
print(port({"port": "eighty"}))
