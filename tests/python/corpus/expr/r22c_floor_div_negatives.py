# Learner exploring // and % with negative operands
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -1)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:>3} // {b:>2} = {q:>3}   {a:>3} % {b:>2} = {r:>3}   check: {q * b + r == a}")
print("floats:")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (1e300, 1e-10)]:
    print(a, "//", b, "=", a // b, " %", a % b)
print(divmod(-17, 5), divmod(17, -5), divmod(-17.0, 5))
print(divmod(2**100, 7), divmod(-(2**100), 7))
print(-1 % 10**20, (-1) // 10**20)
print(5 % float('inf'), -5 % float('inf'))
