# Relying on __del__ to close connections kept in a list until the program ends.
class Connection:
    def __init__(self, host):
        self.host = host
        print("open", host)

    def __del__(self):
        print("close", self.host)

pool = [Connection(f"db{i}") for i in range(3)]
print("using", len(pool), "connections")
print("program finished")
