# __init__ that returns a value.
class Config:
    def __init__(self, path):
        self.path = path
        return {"path": path}

c = Config("app.ini")
print(c.path)
