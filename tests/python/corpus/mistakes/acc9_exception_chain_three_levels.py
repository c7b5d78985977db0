# Three exceptions chained implicitly.
def load():
    try:
        return {}["config"]
    except KeyError:
        try:
            return int("default")
        except ValueError:
            return undefined_default

load()
