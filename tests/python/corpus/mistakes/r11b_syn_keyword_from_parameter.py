# A parameter named after a keyword (`from`, as in a message's sender).
def send(to, from, body):
    return f"{from} -> {to}: {body}"

print(send("ann", "bob", "hi"))
