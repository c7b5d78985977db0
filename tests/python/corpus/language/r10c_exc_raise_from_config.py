class ConfigError(Exception):
    pass

def load(settings, key):
    try:
        return int(settings[key])
    except KeyError as e:
        raise ConfigError(f"missing setting {key}") from e
    except ValueError:
        raise ConfigError(f"bad value for {key}")

settings = {"port": "80", "timeout": "soon"}
print(load(settings, "port"))
for key in ("host", "timeout"):
    try:
        load(settings, key)
    except ConfigError as e:
        print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), e.__suppress_context__)
load(settings, "host")
