# Solving quadratics including complex roots with cmath, and formatting complex numbers
import cmath, math

def roots(a, b, c):
    d = b * b - 4 * a * c
    sq = cmath.sqrt(d) if d < 0 else math.sqrt(d)
    return (-b + sq) / (2 * a), (-b - sq) / (2 * a)

for coeffs in [(1, -3, 2), (1, 2, 5), (2, 0, 8), (1, 2, 1)]:
    r1, r2 = roots(*coeffs)
    print(coeffs, r1, r2)
z = 3 + 4j
print(abs(z), z.conjugate(), z.real, z.imag, cmath.phase(z), cmath.polar(z))
print(cmath.rect(2, math.pi / 2), cmath.exp(1j * math.pi), cmath.isclose(cmath.exp(1j * math.pi), -1))
print(f"{z:.2f}", f"{z:>15}", format(1j, ""), complex("1+2j"), complex(2), (1 + 2j) ** 2)
try:
    complex("1 + 2j")
except ValueError as e:
    print("ValueError:", e)
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print("TypeError:", e)
