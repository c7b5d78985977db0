# An exception whose __str__ fails, raised uncaught.
class AppError(Exception):
    def __str__(self):
        return "error code " + self.args[1]

raise AppError(1)
