# A parameter with = but no default value.
def connect(host, port=):
    return host, port

print(connect("x"))
