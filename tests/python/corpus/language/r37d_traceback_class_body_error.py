# An error while a class body runs (a typo in a class attribute), caught once and then uncaught.
try:
    class Settings:
        DEBUG = True
        LEVEL = "debug" if DEBUG else "info"
        TIMEOUT = int("30s")
except ValueError as e:
    print("class creation failed:", e)
    print("Settings" in globals())

class Config:
    sizes = [1, 2, 3]
    total = sum(sizes)
    factor = 2
    scaled = {s: s * factor for s in sizes}
