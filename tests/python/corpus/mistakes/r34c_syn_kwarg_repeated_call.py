# Calling a function with the same keyword twice
def connect(host, port=80, timeout=1.0):
    return f"{host}:{port} ({timeout}s)"

print(connect("example", port=8080))
print(connect("example", timeout=2, port=81, timeout=3))
