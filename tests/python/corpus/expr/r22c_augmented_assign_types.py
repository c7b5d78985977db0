# augmented assignment across types and the errors it raises
n = 10
n += 2.5
print(n, type(n).__name__)
n //= 2
print(n, type(n).__name__)
n **= 2
n %= 7
print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
lst = [1]
lst += "xy"
lst += range(2)
print(lst)
count = 0
count += True
count -= False
print(count, type(count).__name__)
big = 1
for _ in range(100):
    big *= 3
print(big, big.bit_length())
bits = 0b1100
bits &= 0b1010
bits |= 1
bits ^= 0b1111
bits <<= 2
bits >>= 1
print(bin(bits))
for code in ['s = "x"\ns -= "x"', 't = (1,)\nt += [2]', 'n = 5\nn += "1"', 'q = "a"\nq *= 2.0', 'z = None\nz += 1']:
    try:
        exec(code)
    except TypeError as e:
        print(repr(code), "TypeError:", e)
total = "0"
for price in [1, 2]:
    total += price
