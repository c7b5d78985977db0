# Mistake: a misspelt exception name in an except clause only fails when an error reaches it.
def to_number(text):
    try:
        return int(text)
    except ValeuError:
        return 0

print(to_number("12"))
print(to_number("twelve"))
