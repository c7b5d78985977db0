# raise e versus bare raise: which lines appear in the traceback?
def parse(s):
    return int(s)

def load(s):
    try:
        return parse(s)
    except ValueError as e:
        print("logging:", e)
        raise e

load("12a")
