# A class marked @final is still subclassed; then a Final constant reassigned
from typing import Final, final

MAX: Final = 10

@final
class Config:
    pass

class MyConfig(Config):
    pass

MAX = 11
print(MAX, MyConfig.__mro__[1].__name__, getattr(Config, "__final__", None))
