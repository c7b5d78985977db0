# An uncaught chain of three exceptions: direct cause, implicit context, then a suppressed context
import json


def read_config(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ValueError("config is not valid JSON") from e


def get_port(text):
    cfg = read_config(text)
    try:
        return int(cfg["port"])
    except KeyError:
        raise LookupError("port missing") from None


def start(text):
    try:
        return get_port(text)
    except ValueError:
        fallback = {"port": "eighty"}
        return int(fallback["port"])


print(start('{"port": "8080"}'))
try:
    get_port("{}")
except LookupError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
start("{not json")
