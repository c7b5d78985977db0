# a config wrapper whose __getattr__ reads self.data, but data is set later
class Config:
    def __init__(self, data):
        self.check()
        self.data = data

    def __getattr__(self, name):
        return self.data[name]

    def check(self):
        print("checking", self.verbose)

Config({"verbose": True})
