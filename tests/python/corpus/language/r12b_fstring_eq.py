x = 3
name = "Ada"
items = [1, 2, 3]
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=!s}", f"{name=:>6}")
print(f"{items=}", f"{len(items)=}", f"{items[-1] + 1 = }")
width, prec = 10, 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]", f"[{val:<{width}}]", f"[{name:{'*'}^{width}}]")
fmt = ".2e"
print(f"{val:{fmt}}", f"{12345:{','}}")
print(f"{{literal}} {x}", f"{'quoted'!r}", f"{name!a}", f"{'é'!a}")
d = {"k": 5}
print(f"{d['k']}", f"{d=}")
print(f"{x if x > 2 else -x}", f"{(lambda v: v * 2)(x)}")
print(f"{3.5!s:>6}|{3.5!r:<6}|")
print(f"{x:{width}}", f"{x:0{width}}")
print(f"{name:.{prec}}")
print(f"{x:{prec}.{prec}}")
