# dir(bytes) lists the str-like methods bytes has, and they work
names = dir(bytes)
print(len(names), [n for n in names if not n.startswith("_")])
b = b"  Hello, World  "
print(b.strip().lower(), b.split(b","), b.find(b"World"), b.center(20, b"*"))
print(hasattr(b, "upper"), hasattr(b, "encode"), "decode" in dir(b))
