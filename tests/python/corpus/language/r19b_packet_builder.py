# Building a small binary packet with bytearray and bytes %-formatting
header = b"PKT%02d:" % 7
buf = bytearray(header)
for word in ["hi", "there"]:
    data = word.encode("utf-8")
    buf.append(len(data))
    buf.extend(data)
buf[0:3] = b"pkt"
print(bytes(buf), len(buf), buf.hex(" "))
