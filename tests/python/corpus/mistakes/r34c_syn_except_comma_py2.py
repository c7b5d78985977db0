# Old-style except with a comma, from a Python 2 book
def parse(text):
    try:
        return int(text)
    except ValueError, err:
        print("bad:", err)
        return None

print(parse("12"))
