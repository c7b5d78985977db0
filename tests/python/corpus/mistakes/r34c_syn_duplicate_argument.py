# Copy-pasted a parameter twice in my function signature
def area(width, height, width):
    return width * height

print(area(2, 3, 4))
print("never")
