# a property setter that assigns to the property itself
class Account:
    def __init__(self, owner):
        self.owner = owner

    @property
    def owner(self):
        return self.owner

    @owner.setter
    def owner(self, value):
        self.owner = value.strip()

acct = Account(" ann ")
print(acct.owner)
