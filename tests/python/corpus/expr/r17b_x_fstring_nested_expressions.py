# f-strings with expressions inside: calls, conditionals, comprehensions, dict access and nested quotes
tasks = {'fetch': 0.25, 'parse': 1.5, 'save': 0.1}
for name, t in tasks.items():
    print(f"{name:<6}{'slow' if t > 1 else 'fast':>5} {t * 1000:>7.1f}ms {'!' * int(t * 4)}")
print(f'{len(tasks)} tasks, total {sum(tasks.values()):.2f}s, longest {max(tasks, key=tasks.get)!r}')
print(f"{[n.upper() for n in tasks]}", f"{ {k: round(v) for k, v in tasks.items()} }")
print(f'{tasks["fetch"]:.3f}', f'{"nested {braces}"}', f'{3 + 4 = }', f'{"x"!r:>5}')
w = 8
print(f'{"right":>{w}}|{"left":<{w}}|{"mid":^{w}}|')
print(f'{1_000_000:,d} {0.5:.0%} {123.456:08.2f} {-1:+03d}')
print(f'{tasks["missing"]}')
