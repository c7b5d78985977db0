# f-strings with format specs, conversions, nesting and expressions.
name, pi, n, big = 'Ada', 3.14159265, 42, 1234567.891
print(f'{name} {name!r} {name!s} {name:>6}| {name:<6}| {name:^7}| {name:*^9}')
print(f'{pi:.2f} {pi:8.3f}| {pi:<8.1f}| {pi:e} {pi:.3e} {pi:g} {pi:%} {0.25:.0%}')
print(f'{n:5d}| {n:<5d}| {n:05d} {n:+d} {-n:+d} {n: d} {n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b} {n:08b}')
print(f'{big:,} {big:,.2f} {big:_.1f} {1234567:,} {1234567:_} {big:15,.2f}|')
print(f'{n!r:>5} {"quoted"!r} {[1, "a"]} {3 + 4} {n * 2 = }')
width, prec = 10, 3
print(f'{pi:{width}.{prec}f}| {name:{"^"}{width}}|')
print(f'{{literal braces}} {n}{{}}')
print(f'{True} {None} {1e20} {1e-7} {0.1 + 0.2} {2 ** 64}')
print(f'{3.0:g} {1e20:g} {1.5e-7:g} {123456789.0:g} {0.0001234:.2g}')
print(f'{-3.5:06.1f} {3.5:+.0f} {2.5:.0f} {-0.0:.1f} {float("inf"):>5} {float("nan"):f}')
print(f'{"abc":.2} {"left":-<10} {"right":->10}')
items = {'a': 1}
print(f'{items["a"]} {items} {len(items)} {"yes" if items else "no"}')
print(f'{12:c}{105:c}' if False else f'{65:c}{66:c}', f'{1000000:e}', f'{0:.3f}')
print(f'{n:=+8d} {n:#o} {255:#X} {-255:x}')
