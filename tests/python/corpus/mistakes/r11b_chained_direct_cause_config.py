# A config loader that wraps low-level errors in its own exception.
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e

def load(lines):
    conf = {}
    for line in lines:
        key, value = line.split("=")
        conf[key] = parse_port(value) if key == "port" else value
    return conf

print(load(["host=x", "port=80"]))
print(load(["host=y", "port=eighty"]))
