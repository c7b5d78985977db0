# Exploring objects: vars(), dir() filtered to public names, callable(), getattr defaults, setattr loops
class Settings:
    theme = "dark"
    def __init__(self):
        self.volume = 7
        self.muted = False
    def reset(self):
        self.volume = 5

s = Settings()
print(vars(s))
print([n for n in dir(s) if not n.startswith("_")])
print({n: callable(getattr(s, n)) for n in dir(s) if not n.startswith("_")})
for k, v in {"volume": 11, "brightness": 3}.items():
    setattr(s, k, v)
print(vars(s), getattr(s, "contrast", "n/a"), hasattr(s, "theme"))
delattr(s, "brightness")
print(sorted(vars(s)), "theme" in vars(s), "theme" in vars(Settings))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(s, "theme")
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in vars(Settings) if not k.startswith("__")))
print(dir(Settings) == sorted(dir(Settings)), len(dir(object)) > 20)
