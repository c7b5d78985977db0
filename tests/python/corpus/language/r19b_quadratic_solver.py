# Quadratic equation solver a learner writes: real roots, and complex roots via ** 0.5
def solve(a, b, c):
    if a == 0:
        raise ValueError("not a quadratic (a == 0)")
    d = b * b - 4 * a * c
    if d > 0:
        r = d ** 0.5
        return sorted(((-b - r) / (2 * a), (-b + r) / (2 * a)))
    if d == 0:
        return [-b / (2 * a)]
    root = d ** 0.5          # complex in Python 3
    return [(-b - root) / (2 * a), (-b + root) / (2 * a)]

for coeffs in [(1, -3, 2), (1, 2, 1), (2, 5, -3), (1, 0, -2)]:
    roots = solve(*coeffs)
    print(coeffs, "->", ", ".join(f"{r:.4f}" for r in roots))
print((1, 0, 1), "->", solve(1, 0, 1))
print((1, 2, 5), "->", [f"{r.real:+.1f}{r.imag:+.1f}j" for r in solve(1, 2, 5)])
z = complex(3, 4)
print(abs(z), z.conjugate(), z * 1j, type((-4) ** 0.5).__name__)
