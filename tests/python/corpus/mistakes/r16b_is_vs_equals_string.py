# is used to compare numbers: SyntaxWarning for a literal, and a surprise for big ints
x = 1000
y = int("1000")
print(x == y)
print(x is y)
if x is 1000:
    print("same object")
