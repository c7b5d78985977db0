# Adding an input string to a number.
total = 10
extra = "5"
try:
    print(total + extra)
except TypeError as e:
    print(e)
print(extra * 3, extra * total // 10)
print(total - extra)
