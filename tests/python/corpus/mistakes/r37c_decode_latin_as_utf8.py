# reading bytes that came from a Latin-1 file as UTF-8
data = "café".encode("latin-1")
print(data)
print(data.decode("latin-1"))
print(data.decode("utf-8"))
