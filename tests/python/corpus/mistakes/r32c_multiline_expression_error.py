# A long arithmetic expression wrapped in parentheses over lines fails in the middle.
width = 10
height = "4"
depth = 2
volume = (width *
          height *
          depth) + int(height)
print(volume)
