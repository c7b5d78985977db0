# tutorial 4.6: match with literal patterns and | alternatives
def http_error(status):
    match status:
        case 400:
            return "Bad request"
        case 404:
            return "Not found"
        case 418:
            return "I'm a teapot"
        case 401 | 403:
            return "Not allowed"
        case _:
            return "Something's wrong with the internet"
for s in [400, 401, 403, 404, 418, 500]:
    print(s, http_error(s))
print(http_error("404"))
