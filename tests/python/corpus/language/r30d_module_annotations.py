# Module-level and class-level annotations without values, and __annotations__ dicts
count: int = 0
name: str
ratio: float = 0.5


class Settings:
    debug: bool = False
    level: int
    tags: list[str] = []


print(__annotations__)
print(Settings.__annotations__, "level" in vars(Settings), Settings.debug)
try:
    print(name)
except NameError as e:
    print("NameError:", e)


def f():
    local: int = 5
    other: str
    return local


print(f(), f.__annotations__)
print(Settings.level)
