# A line protocol over bytes: splitting a received buffer into lines, keeping the unfinished tail
chunks = [b'PING 1\r\nPI', b'NG 2\r\nECHO hello', b' world\r\n', b'QUIT\r\n\r\n']
buffer = b''
for chunk in chunks:
    buffer += chunk
    *lines, buffer = buffer.split(b'\r\n')
    for line in lines:
        if not line:
            continue
        cmd, _, arg = line.partition(b' ')
        print(f'{cmd.decode():<5} {arg!r:16} upper={arg.upper()!r} digit={arg.isdigit()}')
print('left over:', buffer, buffer == b'')
print(b'a\r\nb\nc\rd'.splitlines(keepends=True), b'  padded\t'.strip(), b'x,y,,z'.split(b',', 2))
print(b'key=value=more'.split(b'=', maxsplit=1), b'key=value'.rsplit(b'=', 1)[-1], b'abc'.find(b'c', 1, 2))
