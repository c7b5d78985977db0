# Run-length encoding and decoding of strings, by hand and with itertools.groupby.
from itertools import groupby
import re

def encode(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = ch, 1
    out.append(f"{n}{prev}")
    return "".join(out)

def encode2(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))

def decode(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))

for s in ["aaabbbcccd", "abc", "", "wwwwwwwwwwwwbx", "zzzzzzzzzzzz"]:
    e = encode(s)
    print(repr(s), e, e == encode2(s), decode(e) == s)
print(decode("3x2y10z"))
