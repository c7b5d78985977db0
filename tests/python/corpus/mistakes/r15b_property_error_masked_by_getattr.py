# Mistake: an AttributeError inside a property is swallowed by __getattr__, which blames the property.
class Config:
    def __init__(self, data):
        self.data = data
    def __getattr__(self, name):
        raise AttributeError(f"no setting called {name!r}")
    @property
    def port(self):
        return int(self.data.get("port"))
    @property
    def host(self):
        return self.data.hostname

c = Config({"port": "8080", "hostname": "localhost"})
print(c.port)
print(c.host)
