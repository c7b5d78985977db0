# Adding context to errors with add_note, and controlling chaining with from/from None.
class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(f"{key}: {reason}")
        self.key = key

def read(conf, key):
    try:
        return int(conf[key])
    except KeyError:
        raise ConfigError(key, "missing") from None
    except ValueError as e:
        e.add_note(f"while reading key {key!r}")
        e.add_note("hint: use digits only")
        raise

conf = {"port": "80x", "ttl": "30"}
print(read(conf, "ttl"))
try:
    read(conf, "host")
except ConfigError as e:
    print(e, e.key, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    read(conf, "port")
except ValueError as e:
    print(e.__notes__)
try:
    try:
        raise OSError(2, "No such file")
    except OSError as e:
        raise ConfigError("path", "bad") from e
except ConfigError as e:
    c = e.__cause__
    print(repr(c), c.errno, c.strerror, type(c).__name__)
e = ValueError("x")
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
print(ConfigError("a", "b").args)
read(conf, "port")
