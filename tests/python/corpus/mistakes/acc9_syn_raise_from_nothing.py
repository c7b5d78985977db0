# raise ... from with nothing after from.
import asyncio

def load():
    try:
        return {}["x"]
    except KeyError as e:
        raise ValueError("missing") from

load()
