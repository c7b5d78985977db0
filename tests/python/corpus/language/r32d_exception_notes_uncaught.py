# Exceptions carrying notes, custom __str__, and a nested ExceptionGroup left uncaught
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key, self.problem = key, problem

    def __str__(self):
        return f"[{self.key}] {self.problem}"


def check(cfg):
    errors = []
    for key in ("host", "port"):
        if key not in cfg:
            err = ConfigError(key, "missing")
            err.add_note(f"add '{key}' to settings.toml")
            errors.append(err)
    if errors:
        raise ExceptionGroup("config invalid", errors)


try:
    check({"host": "x"})
except ExceptionGroup as eg:
    for e in eg.exceptions:
        print(e, e.args, e.__notes__)
e = ConfigError("a", "b")
print(repr(e), str(e), e.args)
outer = ExceptionGroup("everything", [ValueError("v"), ExceptionGroup("io", [OSError(2, "No such file")])])
outer.add_note("while starting up")
raise outer
