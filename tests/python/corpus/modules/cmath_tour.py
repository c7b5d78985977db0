# cmath: a quadratic solver and the functions learners try
import cmath
def solve(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)
for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 1, 1)]:
    r1, r2 = solve(*coeffs)
    print(coeffs, r1, r2, f'{r1:.3f}', f'{r2:.3f}')
print(cmath.sqrt(-1), cmath.sqrt(2 + 3j), cmath.sqrt(-0.0), cmath.sqrt(1e-320j))
print(cmath.exp(1j * cmath.pi), cmath.exp(1 + 2j), cmath.log(-1), cmath.log(8, 2), cmath.log(3, 1 + 1j))
print(cmath.log10(-100), cmath.log(1 + 1j), cmath.log(0.9 + 0.3j), cmath.log(1e308 + 1e308j))
print(cmath.phase(-1), cmath.phase(-1 - 0.0j), cmath.phase(1j), cmath.polar(1j), cmath.polar(-2))
r, phi = cmath.polar(3 + 4j)
print(r, phi, cmath.rect(r, phi), cmath.rect(2, cmath.pi / 2), cmath.rect(1, -0.0))
print(cmath.isclose(1j, 1.0000000001j), cmath.isclose(1, 1.1, abs_tol=0.2), cmath.isfinite(1j),
      cmath.isinf(complex('inf')), cmath.isnan(complex(0, float('nan'))))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
for f in [lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.sqrt('a'), lambda: cmath.sqrt(),
          lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.log10(0), lambda: cmath.sqrt(2 ** 2000)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(cmath.log(0, 2), cmath.polar(1e308 + 1e308j))
