# the self-documenting = specifier
x = 10
y = 3.5
name = "Ada"
print(f"{x=}")
print(f"{x = }")
print(f"{x+1=}")
print(f"{x * y = :.2f}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name = :>8}")
print(f"{len(name)=} {name.upper()=}")
print(f"{x // 3=}, {x % 3=}, {divmod(x, 3)=}")
print(f"{[i * i for i in range(4)]=}")
print(f"{x=:#x} {y=!r:>6}")
items = {"a": 1}
print(f"{items['a']=}")
print(f"{ x  =  }|")
print(f"{3.0 == 3 = }")
