# A learner compares the size of text in a few encodings
text = "héllo wörld ☃"
for enc in ("utf-8", "latin-1", "utf-16", "utf-32"):
    try:
        data = text.encode(enc)
        print(f"{enc:>8}: {len(data):3} bytes  {data[:8]!r}")
    except UnicodeEncodeError as e:
        print(f"{enc:>8}: cannot encode ({e.reason} at {e.start})")
print("héllo".encode("utf-16-le").decode("utf-16-le"))
