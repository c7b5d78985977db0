# A custom exception whose __init__ takes two arguments.
class HTTPError(Exception):
    def __init__(self, status, url):
        super().__init__(f"{status} for {url}")
        self.status = status

try:
    raise HTTPError(404, "/x")
except HTTPError as e:
    print(e.status, e)
raise HTTPError(500)
