# A bare except placed before a specific handler.
def parse(s):
    try:
        return int(s)
    except:
        return None
    except ValueError:
        return -1

print(parse("4"), parse("x"))
