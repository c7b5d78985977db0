# with-statement mistakes: an object without __enter__, a generator not decorated, __exit__ raising
import contextlib


class NoEnter:
    def __exit__(self, *a):
        return False


def not_decorated():
    yield "resource"


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise RuntimeError(f"cleanup failed while handling {et.__name__ if et else None}")


for factory in [NoEnter, not_decorated, lambda: 5, lambda: contextlib.nullcontext()]:
    try:
        with factory() as r:
            print("inside with", r)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    with ExitRaises():
        print("body ok")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", e.__context__)
with ExitRaises():
    {}["missing"]
