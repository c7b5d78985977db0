# A parsing error re-raised as one of the program's own, from the original.
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port: {text!r}") from e

def load(lines):
    return {k: parse_port(v) for k, v in (line.split("=") for line in lines)}

print(load(["http=80", "https=443"]))
print(load(["http=80", "admin=eighty"]))
