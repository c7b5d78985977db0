# f-string format specs: width, alignment, fill, precision, sign, thousands, percent
value = 1234.5678
print(f'|{value:10.2f}|{value:<10.1f}|{value:^12,.2f}|{value:+.0f}|')
print(f'|{42:05d}|{42:>6}|{42:*^8}|{-42:=8}|{42:x}|{42:#o}|{42:#b}|')
print(f'{0.256:.1%} {1/3:.3%} {1e6:,} {1234567:_d} {12345.678:e}')
name, delay = 'worker', 0.25
print(f'{name!r} {name!s:>10} {name.upper():.3}')
print(f'{delay=} {delay * 4=:.2f} {len(name)=}')
width, prec = 12, 3
print(f'[{value:{width}.{prec}f}]')
print(f'{"nested quotes"} {{literal braces}} {3 + 4}')
print(f'{value:,.2f}'.replace(',', ' '))
print(f'{True:d} {None!r} {[1, 2]!s:>8}')
