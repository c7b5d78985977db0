# Checksums and base64 of bytes built with bytes methods, as a learner signs messages
import hashlib
import base64

messages = [b'hello', b'HELLO'.lower(), b'  hello  '.strip(), b'hello world'.split()[0]]
for m in messages:
    print(m, hashlib.sha256(m).hexdigest()[:16], hashlib.md5(m).hexdigest()[:8])
token = base64.b64encode(b':'.join([b'user', b'secret']))
print(token, base64.b64decode(token).split(b':'), base64.urlsafe_b64encode(b'\xfb\xff').rstrip(b'='))
digest = hashlib.sha1(b'abc').digest()
print(len(digest), digest.hex()[:10], digest.hex().upper().startswith('A9'))
print(base64.b16encode(b'AB').lower(), base64.b32encode(b'hi').rstrip(b'='))
