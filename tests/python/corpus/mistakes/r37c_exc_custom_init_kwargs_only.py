# an error class with a keyword-only detail; copying it goes wrong
import copy

class FetchError(Exception):
    def __init__(self, url, *, status):
        super().__init__(f"{url} -> {status}")
        self.status = status

e = FetchError("/home", status=404)
print(e, e.status)
e2 = copy.copy(e)
print(e2)
