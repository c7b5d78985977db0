# property() written the long way with getter, setter, deleter and a docstring, then inherited and overridden
class Account:
    def __init__(self, owner):
        self._owner = owner

    def get_owner(self):
        return self._owner.title()

    def set_owner(self, v):
        if not v:
            raise ValueError("owner cannot be empty")
        self._owner = v

    def del_owner(self):
        print("deleting owner")
        del self._owner

    owner = property(get_owner, set_owner, del_owner, "The account owner.")


class Shared(Account):
    @Account.owner.getter
    def owner(self):
        return "shared by " + self._owner


a = Account("ann lee")
print(a.owner, Account.owner.__doc__, Account.owner.fget.__name__)
a.owner = "bob"
print(a.owner)
del a.owner
print(hasattr(a, "_owner"), hasattr(a, "owner"))
s = Shared("team")
print(s.owner, Shared.owner.__doc__, Shared.owner.fset is Account.owner.fset)
s.owner = ""
