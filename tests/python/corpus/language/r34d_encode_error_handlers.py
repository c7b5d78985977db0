# Encoding text with error handlers: strict, ignore, replace, xmlcharrefreplace, backslashreplace
text = "naïve café – 5€ 😀"
for handler in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
    try:
        print(f"{handler:18}", text.encode("ascii", errors=handler))
    except LookupError as e:
        print(handler, "LookupError", e)
try:
    text.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.encoding, e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
data = "café".encode("utf-8") + b"\xff"
print(data, data.decode("utf-8", "replace"), data.decode("utf-8", "ignore"), data.decode("latin-1"))
print(data.decode("utf-8", "backslashreplace"), data.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == data)
try:
    data.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(len(text), len(text.encode()), text.isascii(), "abc".isascii(), "tab\t".isprintable())
print(b"\xde\xad\xbe\xef".hex(), b"\xde\xad\xbe\xef".hex(":"), b"\xde\xad\xbe\xef".hex("-", 2), bytes.fromhex("de ad"))
print(ascii(text), f"{text!a}")
