answer = input("Type yes: ")
if answer is "yes":
    print("same object")
else:
    print("is says different")
if answer == "yes":
    print("== says equal")
n = 1000
print(n is 1000)
