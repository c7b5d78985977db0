# The same keyword argument passed twice in one call.
def box(width=1, height=1):
    return width * height

print(box(width=2, height=3))
print(box(width=2, width=3))
