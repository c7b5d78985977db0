# Indentation made of non-breaking spaces copied from a web page.
def double(x):
    return x * 2

print(double(4))
