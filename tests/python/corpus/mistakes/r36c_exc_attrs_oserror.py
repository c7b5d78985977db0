# pretending an OS error happened, to test my handler
import errno

errors = [OSError(errno.ENOENT, "No such file or directory", "data.csv"),
          FileNotFoundError(errno.ENOENT, "No such file or directory", "x.txt"),
          OSError(errno.ENOENT, "No such file or directory"),
          OSError("just text"), OSError(1, 2, 3, 4, 5), PermissionError(13, "Denied", "a", 0, "b")]
for e in errors:
    print(type(e).__name__, repr(e.errno), repr(e.strerror), repr(e.filename), "|", e)
print(type(OSError(errno.ENOENT, "x")).__name__, type(OSError(errno.EACCES, "y")).__name__)
raise errors[0]
