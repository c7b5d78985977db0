# UTF-8 text and bytes: lengths, slicing at byte boundaries, decoding errors
words = ["hello", "café", "naïve", "日本語", "emoji 😀", "Ωmega"]
print(f"{'text':<10}{'chars':>6}{'bytes':>6}  hex")
for w in words:
    b = w.encode("utf-8")
    print(f"{w:<10}{len(w):>6}{len(b):>6}  {b.hex(' ')}")
data = "Grüße aus Köln – 10€".encode()
print(data, len(data))
print(data.decode("utf-8"), data[:4].decode("utf-8", errors="replace"), data[:4].decode("utf-8", errors="ignore"))
def truncate_bytes(s, limit):
    b = s.encode()[:limit]
    return b.decode("utf-8", "ignore")
print([truncate_bytes("日本語テキスト", n) for n in range(1, 8)])
print("€".encode(), "€".encode("utf-8") == b"\xe2\x82\xac", b"\xe2\x82\xac".decode(), bytes([0xc3, 0xa9]).decode())
print([hex(ord(c)) for c in "aé€😀"], [len(c.encode()) for c in "aé€😀"], "😀" == "\U0001F600", "\u00e9", "\xe9")
print("ÀÉÎ".lower(), "straße".upper(), "İ".lower(), len("İ".lower()), "ǆ".title(), "ß".casefold() == "ss")
print(b"abc" + b"def", b"x" * 3, b"hello"[1], b"hello"[1:3], list(b"hi"), bytes(range(65, 70)), b"a,b,c".split(b","))
print(b"Hello".lower(), b"  hi ".strip(), b"abc".startswith(b"ab"), b"abc".find(b"c"), b"%" in b"100%", b"hello".count(b"l"))
print(str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), repr(b"'quote'"), repr(b'"dq"'), b"\x00\x7f\x80\xff")
print(sorted("zebra Äpfel apple Zoo".split()), sorted("zebra Äpfel apple Zoo".split(), key=str.casefold))
print("café".encode("latin-1"), b"caf\xe9".decode("latin-1"), "café".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"))
try:
    b"caf\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
try:
    "x" + b"y"
except TypeError as e:
    print(e)
print(b"abc".decode() == "abc", "abc".encode() == "abc", b"abc" == "abc")
"Köln".encode("ascii")
