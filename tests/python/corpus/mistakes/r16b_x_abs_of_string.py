# abs() and unary minus of a str
n = "-3"
print(abs(int(n)))
print(-n)
