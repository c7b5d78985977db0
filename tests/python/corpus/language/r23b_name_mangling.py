class Vault:
    def __init__(self):
        self.__secret = 42
        self._hint = "protected"
        self.__dunder__ = "not mangled"

    def reveal(self):
        return self.__secret

    def __helper(self):
        return "helper called"

    def call_helper(self):
        return self.__helper()

class SubVault(Vault):
    def __init__(self):
        super().__init__()
        self.__secret = "sub"

    def peek(self):
        return self.__secret

v = SubVault()
print(v.reveal(), v.peek())
print(sorted(vars(v)))
print(v._Vault__secret, v._SubVault__secret)
print(v.call_helper(), v._Vault__helper())
print(hasattr(Vault, "__helper"), hasattr(Vault, "_Vault__helper"))
print(v.__dunder__)
try:
    print(v.__secret)
except AttributeError as e:
    print("AttributeError:", e)

class _Lead:
    def m(self):
        return self.__x
try:
    _Lead().m()
except AttributeError as e:
    print("AttributeError:", e)
print(Vault().__secret)
