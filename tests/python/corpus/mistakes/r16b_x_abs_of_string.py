# abs() and unary minus of a str
print("== abs of string ==")
n = "-3"
print(abs(int(n)))
print(-n)
