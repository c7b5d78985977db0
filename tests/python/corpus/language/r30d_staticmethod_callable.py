# staticmethod and classmethod objects: callable directly in 3.10+, __wrapped__, and in a class dict
def helper(x):
    """Double x."""
    return 2 * x


sm = staticmethod(helper)
cm = classmethod(helper)
print(sm(4), sm.__wrapped__ is helper, sm.__func__ is helper, sm.__doc__, sm.__name__)
print(callable(sm), callable(cm), cm.__func__ is helper, cm.__wrapped__ is helper)


class Tools:
    double = staticmethod(helper)
    table = {"d": staticmethod(helper)}

    @staticmethod
    def triple(x):
        return 3 * x

    dispatch = {"t": triple}


print(Tools.double(5), Tools().double(6), Tools.dispatch["t"](7), Tools.table["d"](8))
print(isinstance(Tools.__dict__["triple"], staticmethod), Tools.__dict__["triple"].__isabstractmethod__)
print(cm(3))
