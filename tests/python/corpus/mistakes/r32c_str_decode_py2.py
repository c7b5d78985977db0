# Python 2 habit: decoding a str.
raw = b"caf\xc3\xa9"
text = raw.decode("utf-8")
print(text)
print(text.decode("utf-8"))
