# An argument given both positionally and by keyword.
def connect(host, port=80):
    return f"{host}:{port}"

print(connect("a", port=8080))
print(connect("a", 8080, host="b"))
