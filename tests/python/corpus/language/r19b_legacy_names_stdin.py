# Word list from stdin where one line is in Latin-1 (an old export), not UTF-8
import sys

names = []
for line in sys.stdin:
    name = line.strip()
    names.append(name)
    print(f"{name!r:<22} {len(name):>2} chars")
print("sorted:", sorted(names))
print(", ".join(names))
bad = [n for n in names if any(0xDC80 <= ord(c) <= 0xDCFF for c in n)]
print("undecodable:", bad, [n.encode("utf-8", "surrogateescape") for n in bad])
