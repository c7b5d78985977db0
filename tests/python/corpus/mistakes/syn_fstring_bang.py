name = "world"
width = 10
print(f"hello {name!}")
