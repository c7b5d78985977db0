# using = instead of == in a condition
x = 5
if x = 5:
    print("five")
print("after")
