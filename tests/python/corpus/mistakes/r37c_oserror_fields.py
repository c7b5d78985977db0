# pretending a file is missing and a permission fails, to test my error messages
errors = [
    FileNotFoundError(2, "No such file or directory", "data.csv"),
    PermissionError(13, "Permission denied"),
    OSError("disk on fire"),
    OSError(28, "No space left on device", "out.log", None, "new.log"),
]
for e in errors:
    print(type(e).__name__, "|", e, "|", e.errno, e.filename)
raise errors[0]
