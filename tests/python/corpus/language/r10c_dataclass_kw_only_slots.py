from dataclasses import dataclass, field, KW_ONLY

@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8080

@dataclass
class Job:
    name: str
    _: KW_ONLY
    retries: int = 3
    verbose: bool = False

@dataclass(slots=True)
class Pixel:
    x: int
    y: int

print(Config(), Config(port=1))
try:
    Config("example.org")
except TypeError as e:
    print(e)
print(Job("build", retries=1))
try:
    Job("build", 1)
except TypeError as e:
    print(e)
p = Pixel(1, 2)
print(p, Pixel.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(hasattr(p, "__dict__"))
