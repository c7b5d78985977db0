# a config dict spread over lines; the closing brace is missing
settings = {
    "workers": 4,
    "delay": 0.5,
    "names": ["a", "b"],

def show(cfg):
    for k, v in cfg.items():
        print(k, v)

show(settings)
