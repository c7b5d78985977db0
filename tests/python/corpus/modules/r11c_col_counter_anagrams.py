from collections import Counter, defaultdict

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = defaultdict(list)
for w in words:
    groups[tuple(sorted(w))].append(w)
for key, ws in groups.items():
    if len(ws) > 1:
        print("".join(key), ws)

def can_build(note, magazine):
    need = Counter(note)
    have = Counter(magazine)
    missing = need - have
    return not missing, dict(missing)

print(can_build("hello", "hleol and more"))
print(can_build("aabbcc", "abc"))
hist = Counter(len(w) for w in words)
for length in sorted(hist):
    print(f"{length}: {'#' * hist[length]}")
letters = Counter()
for w in words:
    letters.update(w)
print(letters.most_common(4))
