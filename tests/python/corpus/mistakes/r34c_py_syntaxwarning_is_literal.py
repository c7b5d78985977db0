# Comparing with `is` against a number and a string literal
def status(code, text):
    if code is 200 and text is not "":
        return "ok"
    return "error"

print(status(200, "fine"))
print(status(404, ""))
