# making every option keyword-only with a bare star at the end
def connect(host, port, *):
    return f"{host}:{port}"

print(connect("localhost", 8080))
