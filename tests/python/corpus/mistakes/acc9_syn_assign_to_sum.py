# Writing an equation as an assignment.
print("start")

x = 3
x + 1 = 4
print(x)
