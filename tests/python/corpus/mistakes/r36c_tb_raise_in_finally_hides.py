# closing a connection in finally, and close() itself fails
class Conn:
    def send(self, data):
        raise ConnectionError("peer went away")
    def close(self):
        raise RuntimeError("already closed")

def talk():
    c = Conn()
    try:
        c.send(b"hi")
    finally:
        c.close()

talk()
