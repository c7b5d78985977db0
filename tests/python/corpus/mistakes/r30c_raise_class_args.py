# An exception class whose __init__ takes extra arguments without super().
class HttpError(Exception):
    def __init__(self, code, reason):
        self.code = code
        self.reason = reason

try:
    raise HttpError(404, "Not Found")
except HttpError as e:
    print("caught", e.code, repr(str(e)), e.args)
raise HttpError(500, "Server Error")
