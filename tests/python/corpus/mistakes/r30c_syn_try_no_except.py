# A try block with no except or finally.
def parse(s):
    try:
        return int(s)
    print("unreachable")

print(parse("3"))
