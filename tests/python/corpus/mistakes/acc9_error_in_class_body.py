# An error while a class body runs.
class Settings:
    DEBUG = True
    LEVEL = "info".upper()
    TIMEOUT = int("thirty")

print(Settings.LEVEL)
