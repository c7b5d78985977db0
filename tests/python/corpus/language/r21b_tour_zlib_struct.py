# tutorial 10.9 and 11.3: data compression with zlib, binary layouts with struct
import zlib, struct
s = b'witch which has which witches wrist watch'
print(len(s))
t = zlib.compress(s)
print(len(t))
print(zlib.decompress(t))
print(zlib.crc32(s))
data = struct.pack('<IIIHH', 0x04034b50, 20, 1234, 6, 3)
print(data, len(data))
print(struct.unpack('<IIIHH', data))
print(struct.calcsize('<IIIHH'), struct.calcsize('@ihq'), struct.pack('>h', -2), struct.pack('3s?', b'abcd', True))
print(struct.unpack('<f', struct.pack('<f', 0.1))[0])
struct.pack('<H', 70000)
