# a database connection class used in a with statement; __enter__ returns nothing
class Conn:
    def __enter__(self):
        print("open")
    def __exit__(self, *exc):
        print("close")
        return False
    def query(self, q):
        return f"rows for {q}"

with Conn() as c:
    print(c.query("select 1"))
