# raise from, and from None
class ConfigError(Exception):
    pass

def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError(f"no setting {key!r}") from e

def load2(d, key):
    try:
        return d[key]
    except KeyError:
        raise ConfigError("quiet") from None

try:
    load2({}, 'x')
except ConfigError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
load({'a': 1}, 'port')
