def ratio(total, count):
    None = total \ count
    return None


print(ratio(10, 2))
