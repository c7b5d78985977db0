class CaseInsensitiveDict:
    def __init__(self, **kw):
        self._d = {}
        for k, v in kw.items():
            self[k] = v
    def __setitem__(self, key, value):
        self._d[key.lower()] = (key, value)
    def __getitem__(self, key):
        return self._d[key.lower()][1]
    def __delitem__(self, key):
        del self._d[key.lower()]
    def __contains__(self, key):
        return isinstance(key, str) and key.lower() in self._d
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return (orig for orig, _ in self._d.values())
    def __repr__(self):
        return "CID(" + ", ".join(f"{k}={v!r}" for k, v in self._d.values()) + ")"

h = CaseInsensitiveDict(Host="example.org", Accept="*/*")
h["content-TYPE"] = "text/html"
print(h, len(h), list(h))
print(h["HOST"], "accept" in h, 5 in h, "Content-Type" in h)
del h["ACCEPT"]
print(h, dict((k, h[k]) for k in h))
h["host"] = "new.org"
print(list(h), h["Host"])
try:
    del h["missing"]
except KeyError as e:
    print("KeyError:", e)
print({**dict.fromkeys(h, 0)})
print(h.get("host"))
