# A custom exception whose __str__ itself fails.
class BadError(Exception):
    def __str__(self):
        return "code " + self.args[0]

try:
    raise BadError(404)
except BadError as e:
    print("caught", type(e).__name__, e.args)
raise BadError(500)
