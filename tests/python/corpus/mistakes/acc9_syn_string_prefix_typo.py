# An unknown string prefix.
print("start")

name = "Ann"
print(d"hello {name}")
