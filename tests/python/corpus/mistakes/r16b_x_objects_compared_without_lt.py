# Objects without __eq__ and __lt__ compared
print("== objects compared without lt ==")
class P:
    def __init__(self, x): self.x = x
print(P(1) == P(1), P(1) < P(2))
