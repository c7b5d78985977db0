# A comparison chained into an assignment target.
print("start")

a = 1
b = 2
a < b = True
