# A non-ASCII character in a bytes literal.
print("start")

data = b"café"
print(len(data))
