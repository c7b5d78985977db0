# Indexing, slicing and finding in a long str that is not ASCII: each s[i]
# in a loop over the whole string must not count from its start.
s = "héllo wörld ✓ " * 20000
n = 0
for i in range(len(s)):
    if s[i] == "✓": n += 1
print(n, len(s[::-1]), s[::-1][:15], s[-3], s[5:9], s[len(s)//2:len(s)//2+6])
i = -1; c = 0
while True:
    i = s.find("ö", i + 1)
    if i < 0: break
    c += 1
print(c, s.rfind("✓"), s.index("w", 100000), s.count("é"))
print([s[k] for k in (0, 1, 2, 13, 14, 279999, -1, -2, -14)])
print(s[::7][:10], s[-1:-30:-3], s[3::-1])
