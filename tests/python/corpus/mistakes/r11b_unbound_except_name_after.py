# The exception's name used after the except block has ended.
def parse(text):
    try:
        return int(text)
    except ValueError as err:
        print("could not parse", repr(text))
    print("last error was:", err)

print(parse("12"))
print(parse("x"))
