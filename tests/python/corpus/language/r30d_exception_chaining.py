# Exception chaining: raise from, implicit context, from None, and __cause__/__context__
class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e


def load_quiet(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("bad port") from None


try:
    load("80x")
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    load_quiet("x")
except ConfigError as e:
    print(e, e.__cause__, repr(e.__context__))
try:
    try:
        {}["k"]
    except KeyError:
        len(5)
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
load("eighty")
