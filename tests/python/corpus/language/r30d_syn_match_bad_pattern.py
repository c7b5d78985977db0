# A match case with an expression that is not a valid pattern
value = 5
match value:
    case 1 + 4:
        print('five')
    case _:
        print('other')
