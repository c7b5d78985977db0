# Custom exception without calling the base __init__, with a __str__ that fails.
class AppError(Exception):
    def __init__(self, code):
        self.code = code

    def __str__(self):
        return "error code " + self.code

raise AppError(404)
