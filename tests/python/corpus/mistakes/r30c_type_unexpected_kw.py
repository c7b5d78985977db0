# Misspelt a keyword argument.
def connect(host, port=80, timeout=5):
    return f"{host}:{port} (timeout {timeout})"

print(connect("localhost", port=8080))
print(connect("localhost", tiemout=3))
