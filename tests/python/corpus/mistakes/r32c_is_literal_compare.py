# Comparing with "is" against a number and a string literal.
def status(code):
    if code is 200:
        return "ok"
    if code is "404":
        return "missing"
    return "other"

print(status(200), status(404), status(500))
