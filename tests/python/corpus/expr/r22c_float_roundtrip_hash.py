# stress: repr/round/format of 3000 seeded random floats, summarised by a sha256
import random
random.seed(7)
out = []
for i in range(3000):
    x = random.uniform(-1000, 1000) * 10 ** random.randint(-12, 12)
    n = random.randint(-3, 8)
    out.append((repr(x), repr(round(x, n)), f"{x:.{n % 7}e}", f"{x:.{n % 9}g}", f"{x:,.{n % 5}f}", str(float(repr(x)) == x)))
import hashlib
h = hashlib.sha256("\n".join(",".join(t) for t in out).encode()).hexdigest()
print(h)
for t in out[:5]:
    print(t)
