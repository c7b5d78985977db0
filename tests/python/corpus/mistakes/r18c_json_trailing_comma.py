import json

CONFIG = """
{
    "name": "service",
    "workers": 4,
    "hosts": ["a", "b"],
}
"""


def load(text):
    cfg = json.loads(text)
    return cfg["workers"]


print(load('{"workers": 2}'))
print(load(CONFIG))
