# A function that returns None, its result called.
def get_handler(kind):
    if kind == "json":
        return print

handler = get_handler("xml")
handler("data")
