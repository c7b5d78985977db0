# Using dataclasses.replace with a misspelt field name
from dataclasses import dataclass, replace

@dataclass(frozen=True)
class Settings:
    debug: bool = False
    workers: int = 4

s = Settings()
print(replace(s, workers=8))
print(replace(s, worker=2))
