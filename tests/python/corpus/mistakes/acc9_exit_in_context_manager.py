# An __exit__ that raises while another exception is unwinding.
class Conn:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise ConnectionError("could not close")

with Conn():
    raise ValueError("bad request")
