# struct for binary records: pack, unpack, calcsize, byte order and an error
import struct

record = struct.pack("<HIf", 7, 123456, 2.5)
print(record, len(record), struct.calcsize("<HIf"), struct.calcsize("HIf"))
print(struct.unpack("<HIf", record), struct.unpack(">I", b"\x00\x00\x01\x00"))
header = struct.Struct("!4sBB")
data = header.pack(b"PYCA", 3, 11)
print(data, header.unpack(data), header.size)
for fields in struct.iter_unpack("<h", b"\x01\x00\xff\xff\x10\x00"):
    print(fields, end=" ")
print()
print(struct.pack("?x3s", True, b"abcd"))
struct.pack("<H", 70000)
