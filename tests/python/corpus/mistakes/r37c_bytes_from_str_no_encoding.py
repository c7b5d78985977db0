# turning a message into bytes before sending it
message = "hello"
data = bytes(message, "utf-8")
print(data, len(data))
raw = bytes(message)
print(raw)
