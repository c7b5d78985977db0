# Two inputs added without int(): the strings are joined
a = input("first: ")
b = input("second: ")
print("sum:", a + b)
print("double:", int(a + b) * 2)
print("half:", (a + b) / 2)
