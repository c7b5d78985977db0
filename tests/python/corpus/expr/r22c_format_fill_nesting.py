# str.format and f-string field nesting, fills and literal braces
print("{:=^+10.2f}|{:*<#8x}|{:0=+8d}|{:^#12_b}".format(3.14159, 255, 42, 1000))
print("{0:{fill}{align}{width}.{prec}}".format("abcdef", fill="~", align="^", width=10, prec=4))
print("{:>{}.{}}".format(3.14159, 10, 3), "{:{}<{}}".format("x", "-", 5))
print("{0[1]}{0[0]}{1.__class__.__name__}".format("ab", 1.5))
print("{0[-1]}".format({-1: "neg"}) if False else "", "{:s}".format("s"), "{!s:>3}".format(1))
print(f"{'{'}{'}'}", f"{{}}", "{{0}}".format(1), f"{{{1}}}", f"{'a' 'b'}")
print(f"{3!r:>{2+2}}", f"{'x'!r:{'^'}5}", f"{1,2}", f"{(1, 2)!r}", f"{ {'a': 1}['a'] }", f"{[1,2][0]}")
x = 3.14159
print(f"{x:.{2}f}", f"{x:{'.3f'}}", f"{x:{10}.{4}}", f"{x!s:.3}", f"{x!r:.4}")
d = {"k": "v"}
print(f"{d['k']}", f'{d["k"]}', f"""{d["k"]!r}""", f'''{"'"}''')
print(f"{'nested {braces}'}", f"{len('}'):>3}")
w = 5
print(f"{'a':{w}}|{'b':>{w}}|{'c':^{w}}|{7:0{w}}|{1.5:+{w}.1f}|")
print(f"{42:{'x'}}", f"{-42:{'#'}{'x'}}", f"{42:#{w}x}", f"{255:#0{w + 1}x}")
