# Decoding a base64 token that lost its padding
import base64

token = base64.b64encode(b"user:ana").decode()
print(token)
print(base64.b64decode(token))
print(base64.b64decode(token.rstrip("=")))
