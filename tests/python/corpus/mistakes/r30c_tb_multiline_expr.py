# An error in an expression that continues onto the next line.
width = 4
height = None
area = (width *
        height)
print(area)
