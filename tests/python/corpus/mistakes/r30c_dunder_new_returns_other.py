# __new__ that forgets to return the new instance.
class Config:
    def __new__(cls, *args):
        print("creating config")
        instance = super().__new__(cls)

    def __init__(self, name):
        print("init never runs")
        self.name = name

c = Config("app")
print(c)
print(c.name)
