# __eq__ and __hash__: deduplicating objects in sets and dicts, and what breaks without __hash__
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


class NoHash:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


mails = [Email("A@x.com"), Email("a@X.com"), Email("b@x.com")]
unique = list(dict.fromkeys(mails))
print(unique, len(set(mails)), Email("B@X.COM") in set(mails), mails[0] == "A@x.com")
print(Email("q") != Email("Q"), mails.count(Email("a@x.com")), mails.index(Email("B@x.com")))
print(NoHash.__hash__, NoHash(1) == NoHash(1), NoHash(1) in [NoHash(1)])
print({NoHash(1)})
