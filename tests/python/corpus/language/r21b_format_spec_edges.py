# format specs a learner explores: align, sign, zero pad, grouping, types
for v in [0, 7, -7, 1234567]:
    print(f'|{v:=+10}|{v:<+8}|{v:^ 9}|{v:010,}|{v:_x}|{v:#06x}|')
for v in [0.0, 3.14159, -2.5, 1e-5, 123456789.0, float('inf'), float('nan')]:
    print(f'|{v:10.3f}|{v:>12.4e}|{v:g}|{v:.2%}|{v:+.1f}|{v:012.2f}|')
print(format(1e-5), format(1e16), format(123.0), format(0.1, '.17g'), format(100, 'b'))
print(f'{"text":<10}|{"text":>10}|{"text":^10}|{"text":-^11}|')
print(f'{12:>{4}}|{3.14159:.{2}f}|{"a":{"*"}^5}|')
print(format(1234.5, ',.1f'), format(-1234, ','), format(2**64, ','), format(10**6, '_d'))
print(f'{255:08b} {255:o} {255:X} {-255:#x} {65:c}')
print(f'{1/3:.50f}')
print(f'{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f}')
print(format(True, 'd'), format(True), f'{True:>6}', f'{None!s:>6}', f'{[1, 2]!s:>8}')
print(f'{"abc":=>5}')
print(f'{"abc":=5}')
