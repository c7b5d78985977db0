# A KeyError deep in a chain of subscripts on nested config data, reached through a method
config = {"db": {"hosts": [{"name": "primary", "port": 5432}, {"name": "replica"}]}}


class Settings:
    def __init__(self, data):
        self.data = data

    def port_of(self, i):
        return self.data["db"]["hosts"][i]["port"]


s = Settings(config)
print(s.port_of(0))
print([s.port_of(i) for i in range(2)])
