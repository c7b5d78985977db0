# A list literal never closed, reaching the end of the file
colours = ["red",
           "green",
           "blue"
print(colours)
