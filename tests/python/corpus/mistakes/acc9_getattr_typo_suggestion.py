# getattr with a misspelt name.
class Settings:
    def __init__(self):
        self.timeout = 5

s = Settings()
print(getattr(s, "timeout"))
print(getattr(s, "timout"))
