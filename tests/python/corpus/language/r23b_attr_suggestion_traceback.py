import math

class Settings:
    verbose = False
    def __init__(self):
        self.timeout_seconds = 30

s = Settings()
try:
    print(math.sqroot(4))
except AttributeError as e:
    print(repr(e))
try:
    print(prnt)
except NameError as e:
    print(repr(e), e.name)
print(s.timeout_second)
