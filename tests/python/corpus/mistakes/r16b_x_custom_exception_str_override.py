# An exception with __str__ that uses a missing attribute
class AppError(Exception):
    def __str__(self):
        return f"AppError({self.code})"

raise AppError("boom")
