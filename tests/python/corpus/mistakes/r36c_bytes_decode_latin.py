# decoding bytes from an old file as utf-8
raw = b"caf\xe9 cr\xe8me"
print(raw.decode("latin-1"))
print(raw.decode())
# (end of the program)
