# Checking encoded messages are ASCII before "sending" them, with isascii on str and bytes
messages = ['hello', 'café', 'tab\there', 'emoji 😀', '\x1cseparator', '']
for m in messages:
    data = m.encode('utf-8')
    print(f'{m!r:16} str={m.isascii()!s:5} bytes={data.isascii()!s:5} len={len(m)}/{len(data)}')
safe = [m.encode('ascii', 'replace') if not m.isascii() else m.encode() for m in messages]
print(safe)
print(all(b.isascii() for b in safe), b'\x80'.isascii(), bytes(range(128)).isascii())
