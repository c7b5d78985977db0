# Language: str.format with positions, names, attributes, nested widths and f-string = specifier.
from dataclasses import dataclass

@dataclass
class P:
    name: str
    score: float

p = P('ann', 91.456)
print('{0} scored {1:.1f} ({0!r})'.format(p.name, p.score))
print('{p.name:>6}|{p.score:<8.2f}|'.format(p=p), '{0[1]}{0[0]}'.format('ab'))
print('{:{w}.{prec}f}|'.format(3.14159, w=8, prec=2), '{{literal}} {}'.format(1))
width, n = 10, 42
print(f'{n:{width}}|{n:<{width}}|{n:^{width}}|', f'{n=}', f'{p.score=:.1f}', f'{n * 2 = }')
print(f'{"centered":*^14}', f'{-3.5:+.2f}', f'{3.5:+.2f}', f'{0.000123:.2e}', f'{12345678:,d}')
print(f'{True!s:>6}|{None!r}|{"a"!a}|{"é"!a}', '%-6s|%6.2f|%+d' % ('x', 2.5, 5))
print(f"{'nested ' + f'{n:03}'}", f'{[1, 2][-1]}', f'{ {"k": 1}["k"] }', f'{n:#06x}')
items = [('apple', 1.5, 3), ('kiwi', 0.25, 12)]
for name, price, qty in items:
    print(f'{name:<8}{price:>6.2f}{qty:>4}{price * qty:>8.2f}')
print(format(3.0, ''), str(3.0), format(1e22), format(123.456, '.5g'), f'{1/7:.10}')
