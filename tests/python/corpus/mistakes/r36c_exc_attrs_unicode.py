# figuring out which byte broke the decoding from the error's fields
data = "naïve café".encode("utf-8")
try:
    data.decode("ascii")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object[e.start:e.end])
    print(e.args)
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, repr(e.object))
    print(e)
data.decode("ascii")
