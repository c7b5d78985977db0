import re

patterns = [r"(abc", r"[a-z", r"a{2,1}", r"*x", r"(?P<1a>x)", r"\k", "a)b"]
for p in patterns:
    try:
        re.compile(p)
    except re.error as e:
        print(f"{p!r}: {e}")
        print("   pos", e.pos, "msg", e.msg)
re.findall(r"(\d+", "123")
