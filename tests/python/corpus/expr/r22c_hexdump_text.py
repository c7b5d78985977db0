# a tiny hex dump of some text's UTF-8 bytes
text = "Hello, wörld!\tTabs & ünïcode ☃ 😀\n"
data = text.encode("utf-8")
for off in range(0, len(data), 16):
    chunk = data[off:off + 16]
    hexpart = " ".join(f"{b:02x}" for b in chunk)
    asc = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
    print(f"{off:08x}  {hexpart:<47}  |{asc}|")
print(len(text), len(data), len(text.encode("utf-32-be")) if False else len(text.encode("latin-1", "replace")))
print([f"{c}:{len(c.encode())}" for c in "aé☃😀"])
print(data[:5], data[7:10], data[7:9].decode(), data[8:9])
print(data[8:9].decode())
