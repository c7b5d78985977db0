# A missing comma between two parameters.
def area(width height):
    return width * height

print(area(3, 4))
