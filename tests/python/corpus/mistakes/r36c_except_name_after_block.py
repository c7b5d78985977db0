# printing the error after the except block finished
def parse_all(texts):
    for t in texts:
        try:
            int(t)
        except ValueError as err:
            print("bad:", t)
    print("last error was:", err)

parse_all(["1", "x", "3"])
