# Spreading a list of pairs with ** like a dict
def connect(host, port):
    return f"{host}:{port}"

params = [("host", "db"), ("port", 5432)]
print(connect(**dict(params)))
print(connect(**params))
