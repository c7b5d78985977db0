# NameError for name that is an attribute of self (3.11 has no self. hint)
class Counter:
    def __init__(self):
        self.count = 0
    def inc(self):
        count += 1

Counter().inc()
