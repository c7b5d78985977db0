# str to bytes and back: encode/decode, hex, and a decode error
text = 'café ☕'
data = text.encode('utf-8')
print(data, len(text), len(data))
print(data.decode('utf-8'), data.hex(), bytes.fromhex('4869'))
print(list(b'AB'), bytes([72, 105]), b'abc'[0], b'abc'[1:])
print(text.encode('ascii', errors='replace'), text.encode('ascii', 'ignore'))
ba = bytearray(b'hello')
ba[0] = ord('J')
print(ba, ba.decode())
print(b'a,b'.split(b','), b'x' * 3, b'  pad '.strip())
data[:4].decode('ascii')
data.decode('ascii')
