# A match with a catch-all name before the other cases
def http_message(code):
    match code:
        case other:
            return f"unknown {other}"
        case 200:
            return "OK"
        case 404:
            return "Not Found"

print(http_message(200))
