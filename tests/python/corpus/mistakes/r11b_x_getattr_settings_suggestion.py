# A settings class whose __getattr__ raises its own AttributeError: the
# exception gets the name and object looked up, and so a suggestion.
class Settings:
    def __init__(self, **values):
        self._values = values

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None

s = Settings(colour="blue", timeout=30)
print(s.colour, s.timeout)
try:
    s.color
except AttributeError as e:
    print(e, "|", e.name, type(e.obj).__name__)
print(getattr(s, "retries", 3))

def connect(settings):
    return settings.timout * 1000

print(connect(s))
