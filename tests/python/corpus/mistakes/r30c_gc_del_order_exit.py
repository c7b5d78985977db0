# __del__ messages of globals at the end of the program.
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("release", self.name)

a = Resource("db")
b = Resource("cache")
b = None
print("end of script")
