# An error inside a call written over several lines.
def connect(host, port, timeout):
    return f"{host}:{port} ({timeout} s)"

print(connect(
    "localhost",
    int("80a"),
    timeout=5,
))
