# Mistake: the case lines at the same level as match.
def http_status(code):
    match code:
    case 200:
        return "OK"
    case 404:
        return "Not Found"

print(http_status(404))
