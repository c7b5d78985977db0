# A variable name that starts with a digit.
print("start")

1st_place = "Ann"
print(1st_place)
