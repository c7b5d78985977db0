class Config:
    def __setattr__(self, key, value):
        print("setting", key) if key == "debug" and not hasattr(self, "_seen") else None
        self.key = value

cfg = Config()
cfg.debug = True
