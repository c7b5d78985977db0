# A timer-like context manager class that records events and suppresses one kind of error
class Step:
    log = []

    def __init__(self, name, swallow=()):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        Step.log.append(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        outcome = "ok" if exc_type is None else exc_type.__name__
        Step.log.append(f"exit {self.name} ({outcome})")
        return exc_type is not None and issubclass(exc_type, self.swallow)


with Step("a") as s:
    print("inside", s.name)
with Step("b", swallow=(KeyError,)):
    {}["missing"]
with Step("outer"), Step("inner", swallow=(ZeroDivisionError,)):
    1 / 0
print("\n".join(Step.log))
with Step("c", swallow=(KeyError,)):
    int("x")
