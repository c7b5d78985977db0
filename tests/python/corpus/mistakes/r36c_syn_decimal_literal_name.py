# naming variables for the podium places
1st_place = "ann"
2nd_place = "bob"
print(1st_place, 2nd_place)
# (end of the program)
