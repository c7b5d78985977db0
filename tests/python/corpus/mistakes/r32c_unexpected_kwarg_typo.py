# Passing a misspelt keyword argument to a function.
def connect(host, port=80, timeout=5.0):
    return f"{host}:{port} ({timeout}s)"

print(connect("example.org", port=8080))
print(connect("example.org", timout=1.0))
