# A fluent dynamic API client built with __getattr__, building URL paths attribute by attribute
class Client:
    def __init__(self, base, path=()):
        self._base = base
        self._path = path

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return Client(self._base, self._path + (name,))

    def __getitem__(self, key):
        return Client(self._base, self._path + (str(key),))

    def __call__(self, **params):
        query = "&".join(f"{k}={v}" for k, v in sorted(params.items()))
        url = self._base + "/" + "/".join(self._path)
        return url + ("?" + query if query else "")

    def __repr__(self):
        return f"<Client {'/'.join(self._path) or '/'}>"

api = Client("https://api.example.com")
print(api.users[42].posts(limit=10, sort="new"))
print(api.v2.search(q="python"))
print(repr(api.a.b), api())
print(getattr(api, "dynamic-name")())
try:
    api._secret
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(api, "anything"), hasattr(api, "_hidden"))
import copy
print(copy.copy(api.x)())
