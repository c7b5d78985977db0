# __slots__ catches a typo in an attribute name
class Account:
    __slots__ = ("owner", "balance")

    def __init__(self, owner):
        self.owner = owner
        self.balence = 0

a = Account("Ann")
print(a.owner)
