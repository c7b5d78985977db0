# raise ... from ...: explicit chaining; __cause__ and __context__.
class ConfigError(Exception):
    pass

def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f'missing setting {key!r}') from e

try:
    load({}, 'port')
except ConfigError as e:
    print('caught:', e)
    print('cause:', repr(e.__cause__))
    print('suppress context:', e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('replaced') from None
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)

load({'host': 'x'}, 'port')
