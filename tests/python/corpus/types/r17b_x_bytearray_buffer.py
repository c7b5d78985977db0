# A learner uses a bytearray as a growing buffer of received chunks
buf = bytearray()
for chunk in [b'hel', b'lo ', b'world']:
    buf.extend(chunk)
    print(len(buf), bytes(buf))
buf[0] = ord('H')
print(buf.decode(), buf.find(b'world'))
