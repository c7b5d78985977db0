files = ["report_2024.csv", "test_utils.py", "README", "test_main.py.bak", "data.tar.gz"]
for f in files:
    print(f.removeprefix("test_").removesuffix(".py"), f.startswith(("test_", "READ")), f.endswith((".py", ".gz")))
print("aaab".removeprefix("a"), "aaab".lstrip("a"), "xyx".strip("x"), "www.example.com".strip("cmowz."))
print("abc".removeprefix(""), "abc".removesuffix("abc"), "abc".removesuffix("abcd"))
url = "https://example.org/path/"
print(url.removeprefix("https://").rstrip("/").split("/"))
print("Hello".startswith("ell", 1), "Hello".endswith("ell", 0, 4), "x".startswith(()))
try:
    "abc".startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".removeprefix(None)
except TypeError as e:
    print("TypeError:", e)
