# base64 text decoded without its padding
import base64
print(base64.b64encode(b"hi"))
print(base64.b64decode("aGk"))
