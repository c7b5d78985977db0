# catching a specific ValueError instance I made earlier
BAD = ValueError("bad")

def check(x):
    if x < 0:
        raise BAD
    return x

try:
    check(1)
    check(-1)
except BAD:
    print("caught bad")
