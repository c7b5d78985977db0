# a connection that closes itself in __del__; the function using it fails
class Conn:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

def query(sql):
    c = Conn("db")
    if "drop" in sql:
        raise PermissionError("not allowed")
    return "rows"

print(query("select"))
try:
    query("drop table")
except PermissionError as e:
    print("caught:", e)
    print("still in except")
print("after except")
saved = None
try:
    query("drop again")
except PermissionError as e:
    saved = e
print("saved the error")
saved = None
print("end")
