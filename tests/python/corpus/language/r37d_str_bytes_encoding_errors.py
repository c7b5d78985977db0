# Encoding and decoding text with error handlers, as a learner cleaning up mixed input would.
text = "café – naïve ☕"
for enc in ("utf-8", "latin-1", "ascii", "cp1252"):
    for errors in ("strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace"):
        try:
            print(f"{enc:8}{errors:18}{text.encode(enc, errors)!r}")
        except UnicodeEncodeError as e:
            print(f"{enc:8}{errors:18}UnicodeEncodeError at {e.start}-{e.end}: {e.reason}")
raw = b"caf\xe9 \xff ok"
print(raw.decode("utf-8", "replace"), raw.decode("latin-1"), raw.decode("utf-8", "backslashreplace"), raw.decode("ascii", "ignore"))
print(raw.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == raw)
print(len(text), len(text.encode()), len(text.encode("utf-16-le")), "☕".encode("utf-8"), "€".encode("cp1252"))
print(bytes([233]).decode("latin-1"), str(b"abc", "ascii"), bytes("ab", "utf-8"), bytes(3), b"ab" + bytes([99]))
try:
    raw.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
    print(e.encoding, e.object[e.start:e.end], e.start, e.end, e.reason)
"日本".encode("ascii")
