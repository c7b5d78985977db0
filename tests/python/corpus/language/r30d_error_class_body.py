# Errors at class-definition time: in the class body, in a default argument, and in a decorator
print("defining Good")


class Good:
    LIMIT = 10
    DOUBLE = LIMIT * 2
    names = [n.upper() for n in ["a", "b"]]


print(Good.DOUBLE, Good.names)


def checked(fn):
    print("decorating", fn.__name__)
    return fn


class Config:
    @checked
    def load(self, path="default.toml"):
        return path

    VALUES = {"a": 1}
    SCALED = [VALUES[k] * 2 for k in VALUES]
