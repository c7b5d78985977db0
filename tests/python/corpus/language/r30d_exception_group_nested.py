# A nested ExceptionGroup left uncaught: the boxed traceback with sub-groups and notes
def load(name):
    raise FileNotFoundError(f"no such config: {name}")


def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")


def validate_all():
    errors = []
    for v in (1, -2, -3):
        try:
            check(v)
        except ValueError as e:
            errors.append(e)
    inner = ExceptionGroup("value checks", errors)
    try:
        load("app.toml")
    except OSError as e:
        e.add_note("looked in the current directory")
        raise ExceptionGroup("startup failed", [inner, e])


validate_all()
