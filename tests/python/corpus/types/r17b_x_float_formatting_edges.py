# Float formatting edges: inf and nan with specs, negative zero, g format, big and tiny values
values = [0.0, -0.0, 1e-7, 123456789.0, 1e22, float('inf'), float('-inf'), float('nan'), 2.5, -1234.5]
for v in values:
    print(f'{v!r:>14} {v:>12.3f} {v:>10.3g} {v:>12.2e} {v:+.1f}')
print(format(1234.5, ',.1f'), format(-1234.5, '_.2f'), format(0.000012345, '.3g'), format(12345678, '.3g'))
print(round(-0.4), round(-0.5), round(0.5), -0.0 == 0.0, str(-0.0), 1 / float('inf'))
print(f'{1e16:.0f}', f'{2**53 + 1:.0f}', f'{0.1:.20f}', f'{1/3:.15g}')
print(float('1e500'), float('-1e-500'), 1e308 * 10, 10 ** 400 / 10 ** 399)
print(f'{float("nan"):=^9}', f'{float("inf"):08.2f}', f'{-0.0:+}', f'{3.0:#g}', f'{3.0:g}')
print(int(float('inf')))
