# checking incoming messages against my TypedDict with isinstance
from typing import TypedDict

class Msg(TypedDict):
    kind: str
    body: str

incoming = [{"kind": "text", "body": "hi"}]
for m in incoming:
    if isinstance(m, Msg):
        print("valid", m["body"])
