# str.split's maxsplit given as a string
line = "k=v=w"
print(line.split("=", "1"))
