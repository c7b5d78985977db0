# A functools.partial that fixes an argument the caller also passes
from functools import partial

def send(host, port, message):
    return f"{host}:{port} <- {message}"

to_local = partial(send, "localhost", port=8000)
print(to_local(message="hi"))
print(to_local("hello"))
