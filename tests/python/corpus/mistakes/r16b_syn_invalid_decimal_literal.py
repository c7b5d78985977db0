# A name that starts with a digit
1st_place = "ada"
print(1st_place)
