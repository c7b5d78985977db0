# Using the exception variable after the except block ended
def parse_all(texts):
    for t in texts:
        try:
            int(t)
        except ValueError as err:
            print("bad value", t)
    print("last error was:", err)

parse_all(["1", "x", "2"])
