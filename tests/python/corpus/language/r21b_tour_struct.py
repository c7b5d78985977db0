# tutorial 11.3: binary data record layouts with struct (no zlib)
import struct
data = struct.pack('<IIIHH', 0x04034b50, 20, 1234, 6, 3)
print(data, len(data))
print(struct.unpack('<IIIHH', data))
print(struct.calcsize('<IIIHH'), struct.calcsize('@ihq'), struct.pack('>h', -2), struct.pack('3s?', b'abcd', True))
print(struct.unpack('<f', struct.pack('<f', 0.1))[0])
struct.pack('<H', 70000)
