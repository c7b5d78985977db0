# Called a function with one argument too few.
def rectangle_area(width, height):
    return width * height

print(rectangle_area(3, 4))
print(rectangle_area(5))
