# Checking a range by writing the comparison the math way with =<
def in_range(x):
    if 0 =< x < 10:
        return True
    return False

print(in_range(5))
