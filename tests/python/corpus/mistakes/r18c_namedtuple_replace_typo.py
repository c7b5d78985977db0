from collections import namedtuple

Server = namedtuple("Server", "host port secure")

base = Server("localhost", 8080, False)
prod = base._replace(host="example.org", secure=True)
print(prod)
staging = base._replace(hots="staging.example.org")
print(staging)
