# A variable name that starts with a digit.
1st_place = "Ana"
2nd_place = "Bo"
print(1st_place, 2nd_place)
