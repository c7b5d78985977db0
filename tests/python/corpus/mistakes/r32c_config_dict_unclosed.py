# A settings dict that never closes its brace before the function below.
DEFAULTS = {
    "retries": 3,
    "delay": 0.5,
    "verbose": True,

def load(name):
    return DEFAULTS.get(name)

print(load("retries"))
