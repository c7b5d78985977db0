# a function with keyword-only options, but I left a trailing bare star
def connect(host, port, *):
    return f"{host}:{port}"

print(connect("localhost", 8080))
print("connected")
