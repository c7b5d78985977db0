# Parsing an HTTP-like request held as bytes, the way a learner reads asyncio streams examples
raw = b'GET /index.html HTTP/1.1\r\nHost: example.com\r\nUser-Agent: Test\r\nAccept: */*\r\n\r\nbody=1'
head, _, body = raw.partition(b'\r\n\r\n')
lines = head.split(b'\r\n')
method, path, version = lines[0].split()
print(method, path, version, method == b'GET', path.startswith(b'/'))
headers = {}
for line in lines[1:]:
    key, _, value = line.partition(b':')
    headers[key.strip().lower()] = value.strip()
print(headers)
print(headers[b'host'].decode(), body, body.split(b'='), int(body.split(b'=')[1]))
print(raw.count(b'\r\n'), raw.find(b'Host'), raw.rfind(b':'), raw.splitlines()[:2])
print(b' '.join([method.lower(), path.upper()]), version.replace(b'1.1', b'2'), path.removeprefix(b'/'))
print(raw.index(b'POST'))
