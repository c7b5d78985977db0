# Raising a new error from one exception while handling another
class ConfigError(Exception):
    pass

def load():
    try:
        raise FileNotFoundError("settings.ini")
    except FileNotFoundError:
        try:
            int("not a number")
        except ValueError as parse_error:
            raise ConfigError("could not load defaults") from parse_error

load()
