class Config:
    def __init__(self):
        self.values = {"debug": True}

def get_option(cfg, name):
    return cfg.values.get(name).lower()

cfg = Config()
print(get_option(cfg, "debug") if False else "skip")
get_option(cfg, "mode")
