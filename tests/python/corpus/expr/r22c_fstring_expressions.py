# expressions inside f-strings: walrus, lambda, conditionals, calls
items = [3, 1, 4, 1, 5, 9, 2, 6]
print(f"{(n := len(items))} items, mean {sum(items) / n:.3f}")
print(f"{(lambda x: x * 2)(21)}", f"{max(items, key=lambda v: -v)}", f"{sorted(items)[::-1][:3]}")
x = None
print(f"{x if x is not None else 'none':>6}|", f"{'yes' if items else 'no':^5}|")
print(f"{', '.join(str(i) for i in items if i % 2)}", f"{[i ** 2 for i in range(4)]}", f"{ {i: chr(65 + i) for i in range(3)} }")
print(f"{'abc'.upper()[::-1]}", f"{'a-b-c'.split('-')}", f"{len('hello'):03}", f"{3 + 4 * 2 = }")
name, score = "Rae", 0.875
print(f"{name!r:>8}: {score:.1%} {'pass' if score >= 0.5 else 'fail'}")
print(f"""multi
line {name}
  {score * 100:.0f}""")
width = 7
print(f"{'|'.join(f'{v:^{width}}' for v in ['a', 'bb', 'ccc'])}|")
print(f"{items[2:5]!s:>15}", f"{items.count(1)=}", f"{min(items)=:>3}")
print(f"{items[10]}")
