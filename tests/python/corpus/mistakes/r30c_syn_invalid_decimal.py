# A variable name that starts with a digit.
# (kept short on purpose: the mistake is the point)
1st_place = "Ana"
2nd_place = "Bo"
print(1st_place, 2nd_place)
