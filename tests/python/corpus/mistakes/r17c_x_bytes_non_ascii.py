# A bytes literal with an accented letter: SyntaxError bytes can only contain ASCII literal characters
message = 'café'
print(message.encode())
data = b'café'
print(message, data)
