# A name that starts with a digit
print("== invalid decimal literal ==")

1st_place = "ada"
print(1st_place)
