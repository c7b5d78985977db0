# __eq__ and __hash__: objects in sets and dict keys, and an __eq__ class that loses hashing
class Email:
    def __init__(self, addr):
        self.addr = addr

    def __eq__(self, other):
        if not isinstance(other, Email):
            return NotImplemented
        return self.addr.lower() == other.addr.lower()

    def __hash__(self):
        return hash(self.addr.lower())

    def __repr__(self):
        return f"Email({self.addr!r})"


class Tag:
    def __init__(self, t):
        self.t = t

    def __eq__(self, other):
        return self.t == other.t


emails = [Email("A@x.org"), Email("a@X.org"), Email("b@x.org")]
print(len(set(emails)), {e: 1 for e in emails})
print(Email("q@q") == "q@q", Email("q@q") != Email("Q@Q"), Email("q@q") in emails)
print(Tag.__hash__, Tag("a") == Tag("a"), Tag("a") in [Tag("a")])
print({Tag("z")})
