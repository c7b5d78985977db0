# A bare name in a case captures everything.
def describe(code):
    match code:
        case status:
            return f"other {status}"
        case 404:
            return "not found"

print(describe(404))
