# logging a failed conversion, but the log line itself has a bug
def convert(text):
    try:
        return int(text)
    except ValueError:
        print("could not convert " + text + " at position " + 3)

print(convert("12"))
print(convert("x1"))
