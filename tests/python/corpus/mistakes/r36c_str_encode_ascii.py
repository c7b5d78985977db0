# sending a greeting over a protocol that only allows ASCII
def send(msg):
    data = msg.encode("ascii")
    print(len(data), "bytes")

send("hello")
send("héllo wörld")
