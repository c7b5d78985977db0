# A positional argument after **options in a call.
def connect(host, port, timeout=5):
    return host, port, timeout

options = {"timeout": 10}
print(connect(**options, "localhost", 8080))
