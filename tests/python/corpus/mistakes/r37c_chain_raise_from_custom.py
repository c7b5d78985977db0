# wrapping low-level errors in my own ConfigError
class ConfigError(Exception):
    pass

def get_port(cfg):
    try:
        return int(cfg["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError(f"bad port in {cfg}") from e

print(get_port({"port": "80"}))
print(get_port({"port": "eighty"}))
