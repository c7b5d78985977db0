# startswith / endswith with tuples and ranges
files = ["report.pdf", "photo.JPG", "notes.txt", "archive.tar.gz", "script.py", "README"]
for f in files:
    kind = "image" if f.lower().endswith((".jpg", ".png")) else "doc" if f.endswith((".pdf", ".txt")) else "other"
    print(f"{f:16} {kind:6} py={f.endswith('.py')} gz={f.endswith(('.gz', '.bz2'))}")
url = "https://example.com/path"
print(url.startswith(("http://", "https://")), url.startswith("example", 8), url.startswith("com", 16, 19))
print("abc".startswith(""), "abc".endswith(""), "".startswith(""), "abc".startswith(("x", "")))
print("abc".startswith("abc", 0, 2), "abc".endswith("b", 0, 2), "abc".endswith("c", -1))
try:
    url.startswith(["http://"])
except TypeError as e:
    print("TypeError:", e)
try:
    url.endswith(("a", 1))
except TypeError as e:
    print("TypeError:", e)
url.startswith(None)
