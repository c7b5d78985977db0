# An exception whose __str__ itself raises: CPython prints <exception str() failed>
class BadError(Exception):
    def __str__(self):
        return 1 / 0

raise BadError("x")
