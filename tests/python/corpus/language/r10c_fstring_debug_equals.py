x = 7
name = "Ada"
items = [1, 2, 3]
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=:>8}")
print(f"{x / 3 = :.3f}")
print(f"{name=}", f"{name=!s}", f"{name = !r:>10}")
print(f"{items=}", f"{len(items)=}", f"{items[-1]=}")
print(f"{sum(i * i for i in items)=}")
d = {"k": 1}
print(f"{d['k']=}")
print(f"{x % 3 == 1=}")
print(f"{'nested ' + name=}")
print(f"{3.0=:g}|{1/7=:.2%}")

class P:
    def __repr__(self):
        return "P()"
    def __format__(self, spec):
        return f"P[{spec}]"

p = P()
print(f"{p=}", f"{p=:xyz}", f"{p=!s}")
