# caret markers under a binary operator in the middle of an expression
def area(w, h):
    border = 2
    return (w + border) * (h + border) - w / h

print(area(3, 4))
print(area("3", 4))
