# The classic gotcha: an AttributeError inside a property makes Python fall back to __getattr__
class User:
    def __init__(self, name):
        self.name = name

    @property
    def email(self):
        return self.nmae.lower() + "@example.org"

    def __getattr__(self, attr):
        return f"<no {attr}>"


u = User("Ann")
print(u.email)
print(u.age)


class Strict:
    @property
    def value(self):
        raise AttributeError("value is not ready")

    def __getattr__(self, attr):
        raise AttributeError(f"Strict has no {attr!r}")


try:
    Strict().value
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Strict(), "value"), getattr(Strict(), "value", "default"))


class Plain:
    @property
    def broken(self):
        return self.missing_attr


Plain().broken
