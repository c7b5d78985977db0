# getattr() with a misspelt name and no default, uncaught.
class Config:
    timeout = 30
    retries = 3

cfg = Config()
print(getattr(cfg, "timeout"))
print(getattr(cfg, "retry", "no such option"))
print(getattr(cfg, "retry"))
