# Using with on an object that is not a context manager.
class Connection:
    def open(self):
        print("open")
        return self

with Connection() as c:
    print("connected")
