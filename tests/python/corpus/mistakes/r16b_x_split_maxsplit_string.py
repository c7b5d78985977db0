# str.split's maxsplit given as a string
print("== split maxsplit string ==")

line = "k=v=w"
print(line.split("=", "1"))
