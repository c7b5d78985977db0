# Using a plain object in a with statement because it has a close() method
class Connection:
    def __init__(self, host):
        self.host = host

    def close(self):
        print("closed", self.host)

with Connection("db") as conn:
    print("using", conn.host)
