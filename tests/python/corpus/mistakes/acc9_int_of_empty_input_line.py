# int() of an empty string.
print("start")

lines = ["4", "", "5"]
print(sum(int(x) for x in lines))
