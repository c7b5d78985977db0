# a long condition continued with a backslash, followed by a space
x, y = 3, 4
if x > 0 and \ 
   y > 0:
    print("first quadrant")
