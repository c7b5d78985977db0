# Complex numbers for a quadratic equation with negative discriminant, using cmath
import cmath


def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


print(roots(1, 2, 5), roots(1, -3, 2))
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 1j, complex("1-2j"), cmath.phase(-1))
print(f"{z:.2f}", round(abs(cmath.exp(1j * cmath.pi) + 1), 12), z == complex(3, 4))
