# Word frequency counter from stdin, with regex tokenising and reporting
import re
import sys
from collections import Counter, defaultdict

counts = Counter()
by_len = defaultdict(set)
first_seen = {}
for lineno, line in enumerate(sys.stdin, 1):
    for m in re.finditer(r"[A-Za-z']+", line):
        w = m.group().lower().strip("'")
        if not w:
            continue
        counts[w] += 1
        by_len[len(w)].add(w)
        first_seen.setdefault(w, (lineno, m.start()))

print("distinct:", len(counts), "total:", sum(counts.values()), "total():", counts.total())
for word, n in counts.most_common(6):
    print(f"{word!r:>10} x{n} first at line {first_seen[word][0]} col {first_seen[word][1]}")
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
ties = Counter({w: n for w, n in counts.items() if n == 2})
print(sorted(ties.elements()))
c2 = Counter("mississippi")
print(c2, c2 - Counter("miss"), c2 & Counter("sip"), c2 | Counter("zz"), +Counter(a=-1, b=2))
c2.subtract("ssss")
print(c2.most_common(), c2["q"])
print(re.sub(r"(\w)(\w*)", lambda m: m[1].upper() + m[2], "hello big world"))
print(re.findall(r"\b\w{5}\b", "these words have fives and sixes"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(\d)", "a1b2c"))
print(re.match(r"(?P<k>\w+)=(?P<v>\d+)", "size=42").groupdict())
