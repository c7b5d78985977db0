# an except clause whose body is on the next line without indentation
def parse(s):
    try:
        return int(s)
    except ValueError:
    return None

print(parse("3"))
