# raise e outside the except block that named e.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        print("bad value")
    raise e

parse("x")
