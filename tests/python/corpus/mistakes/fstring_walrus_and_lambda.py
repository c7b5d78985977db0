x = 1
print(f"{x:=10}", f"{(x:=5)}", x)
print(f"{x:=}")
print(f"{lambda: 1}")
