# Strings and a name side by side in print.
print("start")

name = "Ann"
age = 30
print("Name:" name "age:", age)
