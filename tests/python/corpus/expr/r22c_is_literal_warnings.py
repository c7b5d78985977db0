# 'is' with literals compiles with SyntaxWarnings
x = 10
name = 'py'
print(x is 10, x is not 11)
print(name is "py", name == "py")
print(() is (), 1.5 is not None)
