# AttributeError from del of a missing attribute has no "Did you mean" hint
class Box:
    def __init__(self):
        self._started = True
b = Box()
try:
    b._starter
except AttributeError as e:
    print("get:", e)
try:
    del b._starte
except AttributeError as e:
    print("del:", e)
del b._starte
