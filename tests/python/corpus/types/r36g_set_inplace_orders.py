# The order sets of ints print in after in-place updates: ^=, &=, -=, |= and the methods
import random, hashlib

random.seed(5)
print({1, 9} ^ {1, 17}, end=" ")
s = {1, 9}; s ^= {1, 17}; print(s, end=" ")
t = {5, 13, 21}; t.intersection_update({13, 5, 29}); print(t)
out = []
for trial in range(200):
    a = set(random.sample(range(64), random.randint(0, 12)))
    b = set(random.sample(range(64), random.randint(0, 12)))
    c = set(random.sample(range(64), random.randint(0, 12)))
    x = set(a); x ^= b; out.append(list(x))
    x = set(a); x.symmetric_difference_update(b); out.append(list(x))
    x = set(a); x.symmetric_difference_update(list(b)); out.append(list(x))
    x = set(a); x &= b; out.append(list(x))
    x = set(a); x.intersection_update(b); out.append(list(x))
    x = set(a); x.intersection_update(b, c); out.append(list(x))
    out.append(list(a.intersection(b))); out.append(list(a.intersection(b, c)))
    out.append(list(a & b)); out.append(list(a ^ b)); out.append(list(a - b)); out.append(list(a | b))
    x = set(a); x -= b; out.append(list(x))
    x = set(a); x |= b; x.difference_update(c); out.append(list(x))
for row in out[:6]:
    print(row)
print(len(out), hashlib.sha256(repr(out).encode()).hexdigest()[:16])
