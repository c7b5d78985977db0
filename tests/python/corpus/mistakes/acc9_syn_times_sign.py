# A multiplication sign from a textbook formula.
width = 4
height = 5
area = width × height
print(area)
