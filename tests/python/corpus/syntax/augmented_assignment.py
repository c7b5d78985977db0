# Augmented assignment on names, items and attributes; += on lists mutates in place.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x /= 8; print(x)
n = 0b1100
n |= 0b0011; print(bin(n))
n &= 0b1010; print(bin(n))
n ^= 0b1111; print(bin(n))
n <<= 3; print(n)
n >>= 2; print(n)

a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)

s = 'ab'
s *= 3
print(s)
counts = {'x': 0}
counts['x'] += 2
class P: pass
p = P(); p.v = 1
p.v += 41
print(counts, p.v)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
print(grid)
