# Raising a custom exception class that requires arguments, without any
class HttpError(Exception):
    def __init__(self, status, url):
        super().__init__(f"{status} for {url}")
        self.status = status

try:
    raise HttpError(404, "/missing")
except HttpError as e:
    print("caught:", e, e.status)
raise HttpError
