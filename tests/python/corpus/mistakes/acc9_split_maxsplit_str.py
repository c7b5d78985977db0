# str.split's maxsplit given as a string.
print("start")

line = "a,b,c"
print(line.split(","))
print(line.split(",", "1"))
