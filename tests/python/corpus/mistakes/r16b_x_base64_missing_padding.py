# base64 text decoded without its padding
print("== base64 missing padding ==")
import base64
print(base64.b64encode(b"hi"))
print(base64.b64decode("aGk"))
