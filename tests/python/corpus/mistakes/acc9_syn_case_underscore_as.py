# A case capturing into _ with as.
point = (1, 2)
match point:
    case (x, y) as _:
        print(x, y)
