# a custom error that stores the code but never calls super().__init__
class ApiError(Exception):
    def __init__(self, code, message):
        self.code = code
        self.message = message

try:
    raise ApiError(404, "not found")
except ApiError as e:
    print("caught", e.code, repr(str(e)), e.args)
raise ApiError(500, "server error")
