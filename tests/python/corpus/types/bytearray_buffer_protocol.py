# A learner's receive buffer: a bytearray fed chunks, lines taken off its front, iteration and copies
import copy, json, hashlib, base64
buf = bytearray()
for chunk in [b'GET / HT', b'TP/1.1\r\nHost: ex', bytearray(b'ample\r\n\r\nbody')]:
    buf += chunk
    while (end := buf.find(b'\r\n')) != -1:
        line = buf[:end]
        del buf[:end + 2]
        print(repr(line), type(line).__name__, len(buf))
print(buf, buf.__alloc__() >= len(buf))
it = iter(buf)
print(next(it), type(it).__name__, list(it), list(it))
it = iter(buf)
buf.extend(b'!')
print(bytes(it), [chr(x) for x in reversed(buf)], max(buf), dict.fromkeys(buf[:2]))
frozen = bytes(buf)
view = copy.copy(buf)
buf[0] = 66
print(frozen, view, buf, copy.deepcopy([buf]), view is buf)
print(json.loads(bytearray(b'{"n": [1, 2]}')), hashlib.sha256(bytearray(b'abc')).hexdigest()[:16])
print(base64.b64encode(bytearray(b'hi!')), base64.b64decode(bytearray(b'aGkh')))
counts = bytearray(4)
for ch in b'abcabca':
    counts[ch - 97] += 1
print(counts, list(counts))
grid = [bytearray(b'.' * 4) for _ in range(3)]
grid[1][2] = ord('#')
print('\n'.join(row.decode() for row in grid))
