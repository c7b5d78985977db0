# Writing "else if" instead of elif.
def sign(n):
    if n > 0:
        return "+"
    else if n < 0:
        return "-"
    return "0"

print(sign(4))
