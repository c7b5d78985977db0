# attaching the original error by hand through __cause__
def load(cfg):
    try:
        return int(cfg["port"])
    except (KeyError, ValueError) as e:
        err = RuntimeError("bad config")
        err.__cause__ = e
        raise err

print(load({"port": "80"}))
print(load({"port": "eighty"}))
