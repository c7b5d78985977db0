# A u prefix combined with f.
print("start")

name = "x"
print(uf"{name}")
