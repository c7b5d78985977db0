# A class with __eq__ and no __hash__ used as a dict key
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
d = {P(1): 1}
