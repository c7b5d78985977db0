# A function called with one argument fewer than it needs
def rectangle_area(width, height):
    return width * height

print(rectangle_area(3, 4))
print(rectangle_area(5))
