# Giving the same argument both positionally and by keyword.
def resize(image, width, height=None):
    return (image, width, height or width)

print(resize("cat.png", 100))
print(resize("cat.png", 100, width=200))
