import math
x = 42
name = "Ada"
items = [1, 2, 3]
print(f"{x=}")
print(f"{x = }")
print(f"{x=:>6}")
print(f"{name=!s}")
print(f"{name=}")
print(f"{x * 2 + 1=}")
print(f"{items[1:]=}")
print(f"{math.pi=:.3f}")
print(f"{len(items)=}, {sum(items)=}")
print(f"{'quoted'=}")
d = {"k": "v"}
print(f"{d['k']=}")
print(f"{x=!r:^10}")
value = 3.0
print(f"{value = :.2e}")
