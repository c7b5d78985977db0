# traceback.format_exc() kept in a string and its last lines printed
import traceback

def load(d, key):
    return d[key]["value"]

try:
    load({"a": {"value": 1}}, "b")
except KeyError:
    text = traceback.format_exc()
    lines = text.strip().splitlines()
    print(len(lines), "lines")
    print(lines[0])
    print(lines[-1])
