# __getattr__ delegating to an attribute that is not set yet when __init__ fails early.
class Wrapper:
    def __init__(self, obj):
        print("wrapping", self.name)
        self.obj = obj

    def __getattr__(self, attr):
        return getattr(self.obj, attr)

w = Wrapper([1, 2])
